const axios = require('axios');

// Easypaisa and SSLCommerz both have a "/v4/initiate" — payment APIs, not Jumio.
async function payWithEasypaisa(order) {
  const { data } = await axios.post('https://easypay.easypaisa.com.pk/easypay-service/rest/v4/initiate-ma-transaction', {
    orderId: order.id,
    transactionAmount: order.amount,
    enrollmentTransactionReference: order.walletRef,
  });
  return { redirectUrl: data.redirectUrl, transactionReference: data.transactionReference };
}

async function sslcommerz(session) {
  const res = await fetch('https://sandbox.sslcommerz.com/dfs-process/v4/initiate', {
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference: session.ref }),
  });
  const json = await res.json();
  return json.redirectUrl;
}

module.exports = { payWithEasypaisa, sslcommerz };
