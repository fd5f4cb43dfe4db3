// Colons aligned by padding: alignment, not a habit of writing ` : ` — new keys are written `key: value`.
const axios = require('axios');

async function onboard(applicant) {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference : applicant.no,
    userReference             : applicant.no,
    workflowId                : 201,
    successUrl                : 'https://join.example/id/done',
    tokenLifetimeInMinutes    : 60
  }, { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  return data.redirectUrl;
}

module.exports = { onboard };
