const axios = require('axios');

// Shared by every outbound call of the onboarding service.
const DEFAULTS = { timeout: 10000, headers: { 'User-Agent': 'acme-onboarding/3.2', 'Content-Type': 'application/json' } };

async function startFaceAuth(enrollmentReference, userId) {
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    { ...DEFAULTS, auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } },
  );
  return { url: data.redirectUrl, ref: data.transactionReference };
}

async function startCheckout(orderId, amount) {
  const { data } = await axios.post(
    'https://api.paygate.example/api/v4/initiate',
    { merchantReference: orderId, amount },
    { ...DEFAULTS, auth: { username: process.env.PG_KEY, password: process.env.PG_SECRET } },
  );
  return { url: data.redirectUrl, ref: data.transactionReference };
}

module.exports = { startFaceAuth, startCheckout };
