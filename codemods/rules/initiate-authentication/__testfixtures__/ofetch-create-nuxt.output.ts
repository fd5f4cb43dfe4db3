// A Nuxt server utility: $fetch is auto-imported, and the instance it creates is called under its own name. The
// instance's retry count would resend the PUT (every KYX account PUT starts a workflow execution): the call gets
// retry: 0, and baseURL: '' over the legacy base.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const netverify = $fetch.create({ baseURL: 'https://netverify.com/api/', headers: { Accept: 'application/json' }, retry: 2 });

export async function faceLogin(enrollmentReference: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { web: { href: redirectUrl } } = await netverify<{ web: { href: string } }>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    body: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    baseURL: '',
    retry: 0,
  });
  return redirectUrl;
}
