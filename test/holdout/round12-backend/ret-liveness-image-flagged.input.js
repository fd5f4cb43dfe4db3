// Downloads the first liveness image of an authentication (EU) with axios as a stream: no same-shaped KYX route.
const axios = require('axios');

async function livenessImage(reference) {
  const res = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}/images/liveness/1`, {
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    headers: { Accept: 'image/jpeg, image/png', 'User-Agent': 'Acme Bank/7.0' },
    responseType: 'stream',
  });
  return res.data;
}

module.exports = { livenessImage };
