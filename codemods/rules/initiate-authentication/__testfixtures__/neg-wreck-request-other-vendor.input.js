const Wreck = require('@hapi/wreck');

// A card processor's 3-D Secure initiate, sent and read the same way.
async function initiate3ds(orderId) {
  const res = await Wreck.request('POST', 'https://api.cardproc.example/api/authentication/v1/web/initiate', {
    headers: { Authorization: `Basic ${process.env.CARDPROC_BASIC}`, 'Content-Type': 'application/json' },
    payload: JSON.stringify({ enrollmentTransactionReference: orderId, successUrl: 'https://shop.example/paid' }),
  });
  const body = await Wreck.read(res, { json: true });
  return { url: body.redirectUrl, ref: body.transactionReference };
}

module.exports = { initiate3ds };
