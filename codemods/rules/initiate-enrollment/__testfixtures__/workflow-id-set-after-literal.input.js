// The workflowId set after the body is built: a known value becomes the KYX key in the workflowDefinition the
// literal now has; a value computed at run time is reported.
const axios = require('axios');

async function openIdCheck(applicant) {
  const payload = { customerInternalReference: applicant.no, userReference: applicant.id, workflowId: 101 };
  if (applicant.premium) payload.workflowId = 201;
  if (applicant.override) payload.workflowId = applicant.override;
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', payload,
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  return data.redirectUrl;
}

module.exports = { openIdCheck };
