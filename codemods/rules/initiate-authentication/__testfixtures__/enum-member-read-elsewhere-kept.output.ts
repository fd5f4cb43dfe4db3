// The enum also names the scans route another function still calls: it stays, its legacy URLs marked.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

enum Netverify {
  Origin = 'https://netverify.com',
  Initiate = '/api/authentication/v1/web/initiate',
  Scans = '/api/netverify/v2/scans',
}

export async function startFaceLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  const data = (await res.json()) as { web: { href: string } };
  return data.web.href;
}

export function scanUrl(scanReference: string): string {
  return `${Netverify.Origin}${Netverify.Scans}/${scanReference}`;
}
