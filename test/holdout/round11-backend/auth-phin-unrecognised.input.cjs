// phin (a small HTTP client the codemod does not know): the legacy initiate must at least be reported (EU).
const p = require('phin');

async function startFaceLogin(user) {
  const res = await p({
    url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
    method: 'POST',
    parse: 'json',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64'),
    },
    data: { enrollmentTransactionReference: user.jumioEnrollment, userReference: user.id },
  });
  return { url: res.body.redirectUrl, reference: res.body.transactionReference };
}

module.exports = { startFaceLogin };
