// A superagent agent with its Basic credentials as a default, its host chosen per region at the call: an agent has no
// base URL, so the region map is migrated as for superagent itself (legacy origin → KYX origin table beside the call).
const superagent = require('superagent');

const HOSTS = { US: 'https://netverify.com', EU: 'https://lon.netverify.com' };
const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET);

async function startAuthentication(user, region) {
  const res = await jumio
    .post(`${HOSTS[region]}/api/authentication/v1/web/initiate`)
    .send({ enrollmentTransactionReference: user.enrollmentRef, userReference: user.id });
  return res.body.redirectUrl;
}

async function details(ref, region) {
  const res = await jumio.get(`${HOSTS[region]}/api/netverify/v2/authentications/${ref}`);
  return res.body.userReference;
}

module.exports = { startAuthentication, details };
