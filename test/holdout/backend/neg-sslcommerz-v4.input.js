const fetch = require('node-fetch');

async function initiatePayment(order) {
  const res = await fetch('https://sandbox.sslcommerz.com/dfs-process/v4/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: order.total, successUrl: order.ok, errorUrl: order.fail, customerInternalReference: order.id }),
  });
  const data = await res.json();
  return data.redirectUrl;
}

async function ppv(id) {
  return fetch('https://media.example.com/ppv/v4/initiate', { method: 'POST', body: JSON.stringify({ id }) });
}

module.exports = { initiatePayment, ppv };
