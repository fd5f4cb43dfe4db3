// Checkout sessions of a payment provider: its API also calls the hosted page "initiate" and takes presets.
const axios = require('axios');

const EU_PRESETS = [{ index: 1, country: 'DEU', type: 'SEPA' }];
const US_PRESETS = [{ index: 1, country: 'USA', type: 'ACH' }];

async function startCheckout(orderId, isEu, quick) {
  const { data } = await axios.post('https://api.paylane-gateway.example/v4/initiate', {
    customerInternalReference: orderId,
    workflowId: 200,
    presets: isEu ? EU_PRESETS : US_PRESETS,
    tokenLifetimeInMinutes: quick ? 15 : 60,
  }, {
    auth: { username: process.env.PAYLANE_KEY, password: process.env.PAYLANE_SECRET },
  });
  return data.redirectUrl;
}
module.exports = { startCheckout };
