// A superagent agent with defaults chained on it, calling a payment provider's session API: not Jumio, left as it is.
const superagent = require('superagent');

const psp = superagent.agent().auth(process.env.PSP_KEY, process.env.PSP_SECRET).set('User-Agent', 'Acme/1.0');

async function startCheckout(order) {
  const res = await psp
    .post('https://api.payments.example.com/api/authentication/v1/web/initiate')
    .send({ enrollmentTransactionReference: order.mandateRef, userReference: order.customerId, amount: order.total });
  return { url: res.body.redirectUrl, ref: res.body.transactionReference };
}

module.exports = { startCheckout };
