// Clients loaded lazily with import(): got destructured, axios through .default.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function faceCheckWithGot(member) {
  const { default: got } = await import('got');
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(member.enrollmentRef);
  const started = await got
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      json: { customerInternalReference: member.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: member.id },
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      retry: { limit: 0 },
    })
    .json();
  return started.web.href;
}

export async function faceCheckWithAxios(member) {
  const axios = (await import('axios')).default;
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(member.enrollmentRef);
  const { data } = await axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`,
    { customerInternalReference: member.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: member.id },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  return data.workflowExecution.id;
}
