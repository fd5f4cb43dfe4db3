const Wreck = require('@hapi/wreck');

const AUTH = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

async function initiate(enrollmentTransactionReference) {
  const res = await Wreck.request('POST', 'https://lon.netverify.com/api/authentication/v1/web/initiate', {
    headers: { Authorization: AUTH, 'Content-Type': 'application/json', 'User-Agent': 'Acme/1.0' },
    payload: JSON.stringify({ enrollmentTransactionReference, userReference: 'u-1' }),
  });
  const body = await Wreck.read(res, { json: true });
  return { url: body.redirectUrl, ref: body.transactionReference };
}

module.exports = { initiate };
