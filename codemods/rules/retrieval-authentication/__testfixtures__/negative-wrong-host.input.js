// AI-style code with a host Jumio never had (netverify.eu) and an env-only base URL: not proven, not touched.
const axios = require('axios');

async function getAuth(ref) {
  const a = await axios.get(`https://netverify.eu/api/netverify/v2/authentications/${ref}`, { auth: { username: 'u', password: 'p' } });
  const b = await axios.get(`${process.env.JUMIO_BASE_URL}/api/netverify/v2/authentications/${ref}`, { auth: { username: 'u', password: 'p' } });
  return [a.data.transactionResult, b.data.transactionReference];
}

module.exports = { getAuth };
