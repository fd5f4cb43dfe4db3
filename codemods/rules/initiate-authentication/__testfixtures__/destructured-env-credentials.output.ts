// Credentials destructured from process.env: the names that only built the Basic header go (the whole statement
// when none is left), a name still read stays.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(userId: string, enrollment: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  const started = await res.json();
  return started.web.href;
}

export async function startEuFaceLogin(userId: string, enrollment: string) {
  const { PUBLIC_URL } = process.env;
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId, web: { successUrl: `${PUBLIC_URL}/face-login/done` } }),
  });
  const started = await res.json();
  return started.web.href;
}
