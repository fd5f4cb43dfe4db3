// superagent GET with .retry(2) (a GET may be resent) and destructured body (SGP).
const superagent = require('superagent');

async function faceLoginUser(reference) {
  const { body } = await superagent
    .get(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`)
    .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Acme Pay SG/4.2')
    .retry(2);
  return { user: body.userReference, reference: body.transactionReference };
}

module.exports = { faceLoginUser };
