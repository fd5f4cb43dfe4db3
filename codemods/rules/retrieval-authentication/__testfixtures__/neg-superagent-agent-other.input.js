// A superagent agent reading a payment provider's transaction: not Jumio, left as it is.
const superagent = require('superagent');

const psp = superagent.agent();

async function paymentResult(reference) {
  const res = await psp.get(`https://api.payments.example.com/api/netverify/v2/authentications/${reference}`).auth(process.env.PSP_KEY, process.env.PSP_SECRET);
  return { user: res.body.userReference, id: res.body.transactionReference };
}

module.exports = { paymentResult };
