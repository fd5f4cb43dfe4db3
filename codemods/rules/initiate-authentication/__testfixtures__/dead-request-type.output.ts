// The body's legacy request type goes with its annotation when nothing else names it (noUnusedLocals would report
// it); one another function still names stays.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type LegacyAuthBody = { enrollmentTransactionReference: string; locale?: string };

export function describeBody(b: LegacyAuthBody): string {
  return b.enrollmentTransactionReference;
}

export async function startFaceAuth(enrollment: string, userRef: string): Promise<string> {
  const kyxAccount = await resolveKyxAccount(enrollment);
  const body = { customerInternalReference: userRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userRef };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { web: { href: string } };
  return json.web.href;
}

export async function startLocalised(enrollment: string): Promise<string> {
  const kyxAccount2 = await resolveKyxAccount(enrollment);
  const body = { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { locale: 'de' } };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { web: { href: string } };
  return json.web.href;
}
