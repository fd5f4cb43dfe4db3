const axios = require('axios');

const DATACENTERS = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
};

async function startAuthentication({ region, enrollmentTransactionReference, userReference, locale, successUrl }) {
  const base = region === 'EU' ? DATACENTERS.EU : region === 'SGP' ? DATACENTERS.SGP : DATACENTERS.US;
  const body = {
    enrollmentTransactionReference,
    userReference,
    ...(locale ? { locale } : {}),
    ...(successUrl && { successUrl }),
  };
  const { data } = await axios({
    url: base + '/api/authentication/v1/web/initiate',
    method: 'POST',
    data: body,
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Acme/1.0' },
  });
  const { redirectUrl: iframeUrl, transactionReference: txRef = null } = data;
  return { iframeUrl, txRef };
}

module.exports = { startAuthentication };
