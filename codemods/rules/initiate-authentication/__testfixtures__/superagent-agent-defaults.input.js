// A superagent agent with the Basic credentials and a User-Agent chained on it as defaults.
const superagent = require('superagent');

const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET).set('User-Agent', 'Acme/1.0');

async function startAuthentication(user) {
  const res = await jumio
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .send({ enrollmentTransactionReference: user.enrollmentRef, userReference: user.id });
  return { url: res.body.redirectUrl, ref: res.body.transactionReference };
}

module.exports = { startAuthentication };
