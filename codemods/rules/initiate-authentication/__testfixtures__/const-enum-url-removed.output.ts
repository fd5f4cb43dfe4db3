// The data-centre origin and the route in one const enum: inlined at build time, read only by this call.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(enrollmentReference: string, memberId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: memberId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: memberId }),
  });
  const data = (await res.json()) as { web: { href: string } };
  return data.web.href;
}
