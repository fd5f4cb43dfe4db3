// The workflowId set after the body is built: a known value becomes the KYX key in the workflowDefinition the
// literal now has; a value computed at run time is reported.
const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

async function openIdCheck(applicant) {
  // TODO(netverify-migrate): initiate-enrollment: payload.workflowId is set after the body is built: move it into the literal so the codemod can map it, or map it by hand
  const payload = { customerInternalReference: applicant.no, userReference: applicant.id, workflowDefinition: { key: 2 } };
  if (applicant.premium) payload.workflowDefinition.key = 3;
  if (applicant.override) payload.workflowId = applicant.override;
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', payload,
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}

module.exports = { openIdCheck };
