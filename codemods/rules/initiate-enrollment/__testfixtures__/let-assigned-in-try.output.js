// The response variable is declared outside the try block it is assigned in; the reads after the block use it.
const { kyxAccessToken } = require('./kyx-auth');

async function createVerification(userId) {
  let response;
  let json;
  try {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    response = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 3 } }),
    });
    json = await response.json();
  } catch (err) {
    console.error('jumio initiate failed', err);
    return null;
  }
  if (!json.web.href) return null;
  return { url: json.web.href, scanReference: json.workflowExecution.id };
}

module.exports = { createVerification };
