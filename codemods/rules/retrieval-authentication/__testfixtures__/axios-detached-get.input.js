// axios methods taken off its default export: the retrieval through get(…) is migrated, the payment post(…) is not.
const { get, post } = require('axios');
const AUTH = { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET };

async function result(reference) {
  const { data } = await get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, { auth: AUTH });
  return { status: data.transactionResult, user: data.userReference };
}

async function pay(order) {
  const { data } = await post('https://api.payments.example/v4/initiate', { successUrl: order.ok, errorUrl: order.ko, transactionReference: order.id });
  return data.redirectUrl;
}
module.exports = { result, pay };
