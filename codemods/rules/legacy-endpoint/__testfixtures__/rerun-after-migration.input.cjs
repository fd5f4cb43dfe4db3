// A file an earlier run migrated (it calls the KYX token helper): the region map the migrated call reads to pick its
// KYX host is reported as left after the migration, not as "not migrated", when a later scan or run meets it.
const rp = require('request-promise');
const { kyxAccessToken } = require('./kyx-auth.cjs');

const JUMIO_URLS = {
  US: 'https://netverify.com/api/v4/initiate',
  EU: 'https://lon.netverify.com/api/v4/initiate',
};

async function start(region, body) {
  const kyxOrigin = { 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' }[new URL(JUMIO_URLS[region]).origin];
  return rp({ method: 'POST', uri: `${kyxOrigin}/api/v1/accounts`, json: true, body, headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` } });
}

module.exports = { start };
