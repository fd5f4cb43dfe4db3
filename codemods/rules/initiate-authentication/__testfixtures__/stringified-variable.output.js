// JSON.stringify applied in a variable, Content-Length computed from that string.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function a(ref) {
  const kyxAccount = await resolveKyxAccount(ref);
  const payload = { customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { locale: 'de' } };
  const data = JSON.stringify(payload);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const r = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: data,
  });
  return (await r.json()).workflowExecution.id;
}
