// The old v3 embedded initiate (initiateNetverify) still used by the desktop flow (EU). Reported, not migrated.
const axios = require('axios');

exports.initEmbedded = async function initEmbedded(customer) {
  const { data } = await axios.post(
    'https://lon.netverify.com/api/netverify/v2/initiateNetverify',
    { merchantIdScanReference: customer.id, customerId: customer.id, authorizationTokenLifetime: 3600 },
    { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } },
  );
  return { token: data.authorizationToken, jumioIdScanReference: data.jumioIdScanReference };
};
