const axios = require('axios');

const EU_PRESET = { presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }] };
const US_PRESET = { presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }] };

async function createIdCheck(userId, region, country, docType) {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference: userId,
    ...(region === 'eu' ? EU_PRESET : US_PRESET),
    ...(country && docType ? { presets: [{ index: 1, country, type: docType }] } : {}),
  }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.redirectUrl;
}
module.exports = { createIdCheck };
