// netverify: our in-house network verification service (checks a customer's line before activation).
// Not related to any identity vendor.
const axios = require('axios');

const NETVERIFY_API = 'https://netverify.acme-isp.net/api/v4/initiate';

async function initiateLineCheck(circuit) {
  const { data } = await axios.post(
    NETVERIFY_API,
    { circuitId: circuit.id, callbackUrl: 'https://ops.acme-isp.net/hooks/netverify', successUrl: 'https://ops.acme-isp.net/lines/ok' },
    { auth: { username: process.env.NETVERIFY_USER, password: process.env.NETVERIFY_PASS } },
  );
  return { redirectUrl: data.redirectUrl, transactionReference: data.transactionReference };
}

module.exports = { initiateLineCheck };
