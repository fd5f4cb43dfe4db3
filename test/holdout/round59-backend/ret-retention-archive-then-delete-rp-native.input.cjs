// Harborview Credit Union (US) data retention: face logins older than 13 months are archived (reference, member, result
// and date, as the records schedule asks) and then deleted at the vendor. CommonJS, request-promise-native; run nightly
// by the jobs runner (jobs/index.js) as `retention:face-logins`.
const rp = require('request-promise-native');
const { listFaceLoginsOlderThan, archiveFaceLoginOutcome, markFaceLoginPurged } = require('./db.cjs');

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';
const NV_AUTH = { user: process.env.HARBORVIEW_NV_TOKEN, pass: process.env.HARBORVIEW_NV_SECRET, sendImmediately: true };
const RETAIN_MONTHS = 13;

async function purgeOne(row) {
  const details = await rp({
    method: 'GET',
    uri: `${NV_AUTHENTICATIONS}/${row.reference}`,
    auth: NV_AUTH,
    headers: { Accept: 'application/json', 'User-Agent': 'Harborview-Retention/1.4' },
    json: true,
  });
  await archiveFaceLoginOutcome(row.id, {
    reference: details.transactionReference,
    member: details.userReference || null,
    result: details.transactionResult,
    decidedAt: details.transactionDate,
  });

  // A 404 means it is already gone at the vendor (deleted by hand, or a run that died before marking the row).
  const deleted = await rp({
    method: 'DELETE',
    uri: `${NV_AUTHENTICATIONS}/${row.reference}`,
    auth: NV_AUTH,
    headers: { 'User-Agent': 'Harborview-Retention/1.4' },
    simple: false,
    resolveWithFullResponse: true,
  });
  if (deleted.statusCode >= 400 && deleted.statusCode !== 404) {
    throw new Error(`delete of face login ${row.reference} failed: HTTP ${deleted.statusCode}`);
  }
  await markFaceLoginPurged(row.id);
}

async function run() {
  const cutoff = new Date();
  cutoff.setMonth(cutoff.getMonth() - RETAIN_MONTHS);
  const rows = await listFaceLoginsOlderThan(cutoff);
  for (const row of rows) {
    await purgeOne(row);
  }
  return { purged: rows.length };
}

module.exports = { run };
