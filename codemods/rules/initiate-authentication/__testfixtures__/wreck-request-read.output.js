const Wreck = require('@hapi/wreck');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function initiate(enrollmentTransactionReference) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const res = await Wreck.request('PUT', `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme/1.0' },
    payload: JSON.stringify({ customerInternalReference: 'u-1', workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: 'u-1' }),
  });
  const body = await Wreck.read(res, { json: true });
  return { url: body.web.href, ref: body.workflowExecution.id };
}

module.exports = { initiate };
