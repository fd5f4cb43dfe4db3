// The body is built once, before the retry loop that holds the call: the account lookup the body now reads goes
// before the body, in the function's block (it went inside the loop, after the body that reads it).
const { request } = require('undici');
const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');

async function start(member) {
  const kyxAccount = await resolveKyxAccount(member.enrollment);
  const payload = {
    customerInternalReference: member.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: member.id,
  };
  for (let attempt = 1; ; attempt++) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.js (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const { statusCode, body } = await request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (statusCode >= 500 && attempt < 3) {
      await body.dump();
      continue;
    }
    return (await body.json()).web.href;
  }
}

module.exports = { start };
