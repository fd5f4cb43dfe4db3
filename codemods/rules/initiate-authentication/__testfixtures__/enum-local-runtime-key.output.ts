import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

enum Region {
  US = 'https://netverify.com',
  SG = 'https://core-sgp.jumio.com',
}

export async function startFaceLogin(region: keyof typeof Region, enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const kyxOrigin = ({ 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai' } as Record<string, string>)[new URL(`${Region[region]}/api/authentication/v1/web/initiate`).origin];
  const res = await fetch(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  const json: any = await res.json();
  return json.web.href as string;
}
