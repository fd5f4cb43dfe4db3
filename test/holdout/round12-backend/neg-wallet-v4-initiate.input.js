// A mobile-wallet and a payment-gateway "v4 initiate" (Easypaisa-style and SSLCommerz-style paths), not Jumio.
const axios = require('axios');

async function payByWallet(order) {
  const { data } = await axios.post('https://easypay.easypaisa.com.pk/easypay-service/rest/v4/initiate-ma-transaction', {
    orderId: order.id, storeId: process.env.EASYPAY_STORE, transactionAmount: order.total, mobileAccountNo: order.msisdn,
  }, { headers: { Credentials: process.env.EASYPAY_CREDENTIALS } });
  return data.transactionReference;
}

async function payByCard(order) {
  const { data } = await axios.post('https://sandbox.sslcommerz.com/dfs-process/v4/initiate', {
    customerInternalReference: order.customerId, userReference: order.customerId, successUrl: 'https://shop.acme.example/paid',
  }, { auth: { username: process.env.SSL_STORE_ID, password: process.env.SSL_STORE_PASS } });
  return data.redirectUrl;
}

module.exports = { payByWallet, payByCard };
