// needle's promise API, parsed JSON, Basic credentials (US).
const needle = require('needle');

async function authenticationOutcome(reference) {
  const resp = await needle('get', `https://netverify.com/api/netverify/v2/authentications/${reference}`, null, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    json: true,
    headers: { 'User-Agent': 'Acme Lending/4.0' },
  });
  if (resp.statusCode === 404) return null;
  return { reference: resp.body.transactionReference, user: resp.body.userReference, result: resp.body.transactionResult };
}

module.exports = { authenticationOutcome };
