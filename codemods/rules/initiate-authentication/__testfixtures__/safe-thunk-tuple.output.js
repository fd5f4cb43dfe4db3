// The file's own safe(fn) answers [error, value]: the answer is its second element.
const got = require('got');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function safe(fn) {
  try {
    return [null, await fn()];
  } catch (error) {
    return [error, undefined];
  }
}

async function startStepUp(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const [error, started] = await safe(async () => {
    const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
    return got.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      json: { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id },
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      retry: { limit: 0 },
    }).json();
  },
  );
  if (error) return null;
  return { url: started.web.href, reference: started.workflowExecution.id };
}

module.exports = { startStepUp };
