// A superagent agent (cookies and defaults kept across requests): its requests are superagent chains.
const superagent = require('superagent');

const jumio = superagent.agent();

async function startAuthentication(user) {
  const res = await jumio
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET)
    .set('User-Agent', 'Acme/1.0')
    .send({ enrollmentTransactionReference: user.enrollmentRef, userReference: user.id });
  return { url: res.body.redirectUrl, ref: res.body.transactionReference };
}

module.exports = { startAuthentication };
