// The same superagent agent style calling a payment provider's session API: not Jumio, left as it is.
const superagent = require('superagent');

const psp = superagent.agent();

async function startCheckout(order) {
  const res = await psp
    .post('https://api.payments.example.com/api/authentication/v1/web/initiate')
    .auth(process.env.PSP_KEY, process.env.PSP_SECRET)
    .send({ userReference: order.customerId, amount: order.total });
  return { url: res.body.redirectUrl, ref: res.body.transactionReference };
}

module.exports = { startCheckout };
