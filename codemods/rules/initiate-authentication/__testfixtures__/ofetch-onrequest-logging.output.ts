import { ofetch } from 'ofetch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const logRequest = ({ request }: { request: unknown }) => console.debug('jumio request', String(request));

export async function startFaceCheck(enrollmentReference: string, apiToken: string, apiSecret: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { web: { href: redirectUrl } } = await ofetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'User-Agent': 'Acme/1.0' },
    body: { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { successUrl: 'https://acme.example/done' } },
    onRequest: [logRequest],
  });
  return redirectUrl;
}
