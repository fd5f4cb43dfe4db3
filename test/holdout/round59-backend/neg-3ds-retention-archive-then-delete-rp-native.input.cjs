// Quayside Payments (US acquirer) PCI housekeeping: 3-D Secure authentications older than 90 days are archived (the
// outcome only, never the authentication value) and then deleted on our hosted 3DS server. CommonJS,
// request-promise-native; run nightly by the jobs runner (jobs/index.js) as `retention:3ds-authentications`.
const rp = require('request-promise-native');
const { listThreeDsOlderThan, archiveThreeDsOutcome, markThreeDsPurged } = require('./db.cjs');

const THREEDS_AUTHENTICATIONS = 'https://3ds.quaysidepayments.example/api/v2/authentications';
const THREEDS_AUTH = { user: process.env.QUAYSIDE_3DS_KEY, pass: process.env.QUAYSIDE_3DS_SECRET, sendImmediately: true };
const RETAIN_DAYS = 90;

async function purgeOne(row) {
  const details = await rp({
    method: 'GET',
    uri: `${THREEDS_AUTHENTICATIONS}/${row.threeDSServerTransID}`,
    auth: THREEDS_AUTH,
    headers: { Accept: 'application/json', 'User-Agent': 'Quayside-Retention/3.0' },
    json: true,
  });
  await archiveThreeDsOutcome(row.id, {
    reference: details.transactionReference,
    status: details.transStatus,
    eci: details.eci || null,
    version: details.messageVersion,
  });

  // A 404 means the 3DS server already dropped it (its own 180-day limit is longer than ours, so rarely).
  const deleted = await rp({
    method: 'DELETE',
    uri: `${THREEDS_AUTHENTICATIONS}/${row.threeDSServerTransID}`,
    auth: THREEDS_AUTH,
    headers: { 'User-Agent': 'Quayside-Retention/3.0' },
    simple: false,
    resolveWithFullResponse: true,
  });
  if (deleted.statusCode >= 400 && deleted.statusCode !== 404) {
    throw new Error(`delete of 3DS authentication ${row.threeDSServerTransID} failed: HTTP ${deleted.statusCode}`);
  }
  await markThreeDsPurged(row.id);
}

async function run() {
  const cutoff = new Date(Date.now() - RETAIN_DAYS * 24 * 60 * 60 * 1000);
  const rows = await listThreeDsOlderThan(cutoff);
  for (const row of rows) {
    await purgeOne(row);
  }
  return { purged: rows.length };
}

module.exports = { run };
