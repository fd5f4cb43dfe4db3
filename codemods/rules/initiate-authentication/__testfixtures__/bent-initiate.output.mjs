import bent from 'bent';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const putJson = bent('POST', 'json', 200);

export async function faceLogin(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const result = await bent('PUT', 'json', 200)(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: user.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: user.id,
    tokenLifetime: '1h',
  }, { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, Accept: 'application/json' });
  return result.web.href;
}
