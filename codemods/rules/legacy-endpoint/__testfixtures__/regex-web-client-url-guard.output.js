// A guard on the web client URL the initiate answers with, written as a regex naming the legacy white-label web
// client: once the call is migrated (web.href on *.web.<region>.jumio.ai) it refuses every answer. Reported.
// TODO(netverify-migrate): legacy-endpoint: the web client URL is checked against the legacy Jumio web client /^https:\/\/acme\.netverify\.com\/web\/v4\/app\?/: the KYX account response's web.href is served from *.web.<region>.jumio.ai, so once the initiate is migrated this check fails for every answer — check that host instead (see MIGRATION.md)
const OUR_WEB_CLIENT = /^https:\/\/acme\.netverify\.com\/web\/v4\/app\?/;

async function sendToFaceLogin(res, startFaceLogin) {
  const started = await startFaceLogin();
  if (!OUR_WEB_CLIENT.test(started.redirectUrl)) throw new Error('unexpected web client address');
  // TODO(netverify-migrate): legacy-endpoint: the web client URL is checked against the legacy Jumio web client /^https:\/\/acme\.netverify\.com\//: the KYX account response's web.href is served from *.web.<region>.jumio.ai, so once the initiate is migrated this check fails for every answer — check that host instead (see MIGRATION.md)
  if (!/^https:\/\/acme\.netverify\.com\//.test(started.redirectUrl)) throw new Error("unexpected host");
  res.redirect(started.redirectUrl);
}

module.exports = { sendToFaceLogin };
