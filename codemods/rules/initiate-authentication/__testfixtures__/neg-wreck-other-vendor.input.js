const Wreck = require('@hapi/wreck');

// A payment gateway with the same path words, and a Wreck call reading a Buffer from an unrelated service.
exports.pay = async (order) => {
  const { payload } = await Wreck.post('https://pay.gateway.example/api/authentication/v1/web/initiate', {
    json: true,
    headers: { Authorization: `Basic ${process.env.GATEWAY_BASIC}` },
    payload: { enrollmentTransactionReference: order.id, successUrl: 'https://shop.example/paid' },
  });
  return payload.redirectUrl;
};
