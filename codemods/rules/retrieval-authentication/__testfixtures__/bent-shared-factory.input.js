// A bent factory that another call still uses (an ID Verification scan lookup): the factory stays, with its base
// and Basic header; the migrated retrieval makes its own inline factory.
const bent = require('bent');

const JUMIO_BASIC = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;
const getJson = bent('https://lon.netverify.com/api/netverify/v2/', 'json', { Authorization: JUMIO_BASIC });

async function authenticationUser(reference) {
  const details = await getJson(`authentications/${reference}`);
  return details.userReference;
}

async function scanStatus(scanReference) {
  return getJson(`scans/${scanReference}`);
}

module.exports = { authenticationUser, scanStatus };
