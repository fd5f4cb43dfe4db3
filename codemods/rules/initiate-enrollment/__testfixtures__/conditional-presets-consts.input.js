const axios = require('axios');

const EU_PRESETS = [{ index: 1, country: 'DEU', type: 'ID_CARD' }];
const US_PRESETS = [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }];

async function createIdCheck(userId, isEu, quick) {
  const body = {
    customerInternalReference: userId,
    workflowId: 200,
    presets: isEu ? EU_PRESETS : US_PRESETS,
    tokenLifetimeInMinutes: quick ? 15 : 24 * 60,
  };
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', body, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.redirectUrl;
}

// The document list comes from the caller in one branch: that branch cannot be read, so the presets stay an item.
async function createGuidedCheck(userId, guided, documents, minutes) {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference: userId,
    presets: guided ? documents.map((d, i) => ({ index: i + 1, country: d.country, type: d.type })) : US_PRESETS,
    tokenLifetimeInMinutes: guided ? minutes : 30,
  }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.redirectUrl;
}
module.exports = { createIdCheck, createGuidedCheck };
