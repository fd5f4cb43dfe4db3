// Data-centre hosts frozen so that nothing changes them at run time; the region comes from the tenant record.

import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const JUMIO_HOSTS = Object.freeze({
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
});

export async function beginFaceCheck(region: 'us' | 'eu', enrollmentRef: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const kyxOrigin = ({ 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' } as Record<string, string>)[new URL(`${JUMIO_HOSTS[region]}/api/authentication/v1/web/initiate`).origin];
  const res = await fetch(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  const data = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
  return { url: data.web.href, ref: data.workflowExecution.id };
}
