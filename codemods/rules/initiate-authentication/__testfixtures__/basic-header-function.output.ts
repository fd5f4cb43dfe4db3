// A local function that only built the Basic header is removed with the header (noUnusedLocals would report it);
// one still used elsewhere stays.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

function userAgent(): string {
  return 'Acme/1.0';
}

export async function initiate(enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': userAgent() },
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  return (await res.json()).web.href as string;
}

export const describeClient = () => `${userAgent()}`;
