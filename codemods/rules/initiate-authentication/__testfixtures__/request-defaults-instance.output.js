const rp = require('request-promise');

// A request-promise instance with the legacy baseUrl and Basic auth: request rejects an absolute URL beside a
// baseUrl and its auth overwrites any Authorization header, so the call is flagged and left working.
const jumio = rp.defaults({
  baseUrl: 'https://lon.netverify.com/api/authentication/v1',
  auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
  json: true,
});

async function faceLogin(enrollmentTransactionReference) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the call goes through a request-promise.defaults() instance whose base URL and credentials also apply to a KYX URL; call request-promise directly (or a separate instance) with the KYX account URL and Authorization: Bearer from kyxAccessToken
  const body = await jumio.post('/web/initiate', { body: { enrollmentTransactionReference } });
  return body.redirectUrl;
}

module.exports = { faceLogin };
