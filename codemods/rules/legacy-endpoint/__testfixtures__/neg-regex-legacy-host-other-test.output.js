// A regex naming a legacy host tested against a referrer (not the web client URL the initiate answers with, nor a
// message origin): not a guard this rule reports.
const FROM_LEGACY_PORTAL = /^https:\/\/acme\.netverify\.com\//;

function cameFromPortal(req) {
  return FROM_LEGACY_PORTAL.test(req.headers.referer || '');
}

module.exports = { cameFromPortal };
