// CommonJS worker (needle, promise form): the data centre picked by a ternary chain over three constants.
const needle = require('needle');

const US = 'https://netverify.com/api/authentication/v1/web/initiate';
const EU = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const SG = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

async function startFaceLogin(tenant, enrollment, userId) {
  const url = tenant.dc === 'eu' ? EU : tenant.dc === 'sg' ? SG : US;
  const resp = await needle('post', url, { enrollmentTransactionReference: enrollment, userReference: userId }, {
    json: true,
    username: tenant.jumioToken,
    password: tenant.jumioSecret,
    user_agent: 'Acme Tenants/2.4',
  });
  if (resp.statusCode !== 200) throw new Error('initiate failed: ' + resp.statusCode);
  return { url: resp.body.redirectUrl, reference: resp.body.transactionReference };
}

module.exports = { startFaceLogin };
