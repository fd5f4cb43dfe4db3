const needle = require('needle');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function startFaceAuthentication(member) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(member.enrollmentReference);
  const response = await needle('put', `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: member.memberNo,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: member.memberNo,
  }, { json: true, user_agent: 'Gymnasia Members/4.2', headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  if (response.statusCode !== 200) throw new Error('face authentication could not be started');
  return { link: response.body.web.href, reference: response.body.workflowExecution.id };
}

module.exports = { startFaceAuthentication };
