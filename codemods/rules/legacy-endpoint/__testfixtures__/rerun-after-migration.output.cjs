// A file an earlier run migrated (it calls the KYX token helper): the region map the migrated call reads to pick its
// KYX host is reported as left after the migration, not as "not migrated", when a later scan or run meets it.
const rp = require('request-promise');
const { kyxAccessToken } = require('./kyx-auth.cjs');

const JUMIO_URLS = {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio initiate endpoint netverify.com/api/v4/initiate is left after the calls in this file were migrated: if migrated code still reads it only to pick the KYX host of its region, keep it (or replace it with the region); a call that still sends to it must move to the KYX account API on account.amer-1.jumio.ai with an OAuth2 bearer token (see MIGRATION.md)
  US: 'https://netverify.com/api/v4/initiate',
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio initiate endpoint lon.netverify.com/api/v4/initiate is left after the calls in this file were migrated: if migrated code still reads it only to pick the KYX host of its region, keep it (or replace it with the region); a call that still sends to it must move to the KYX account API on account.emea-1.jumio.ai with an OAuth2 bearer token (see MIGRATION.md)
  EU: 'https://lon.netverify.com/api/v4/initiate',
};

async function start(region, body) {
  const kyxOrigin = { 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' }[new URL(JUMIO_URLS[region]).origin];
  return rp({ method: 'POST', uri: `${kyxOrigin}/api/v1/accounts`, json: true, body, headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` } });
}

module.exports = { start };
