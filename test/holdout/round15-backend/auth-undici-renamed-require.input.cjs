// undici's request taken off the module under another name (US).
const { request: httpRequest } = require('undici');

const JUMIO = 'https://netverify.com/api/authentication/v1/web/initiate';

async function startFaceLogin(enrollment, userId) {
  const { body } = await httpRequest(JUMIO, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const { redirectUrl: url, transactionReference: reference } = await body.json();
  return { url, reference };
}

module.exports = { startFaceLogin };
