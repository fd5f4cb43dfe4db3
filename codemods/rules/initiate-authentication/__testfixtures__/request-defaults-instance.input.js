const rp = require('request-promise');

// A request-promise instance with the legacy baseUrl and Basic auth: request rejects an absolute URL beside a
// baseUrl and its auth overwrites any Authorization header, so the call is flagged and left working.
const jumio = rp.defaults({
  baseUrl: 'https://lon.netverify.com/api/authentication/v1',
  auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
  json: true,
});

async function faceLogin(enrollmentTransactionReference) {
  const body = await jumio.post('/web/initiate', { body: { enrollmentTransactionReference } });
  return body.redirectUrl;
}

module.exports = { faceLogin };
