const needle = require('needle');

async function authenticationResult(reference) {
  const res = await needle('get', `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, null, {
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0' },
  });
  return { user: res.body.userReference, at: res.body.transactionDate };
}

module.exports = { authenticationResult };
