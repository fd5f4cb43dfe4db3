import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// Logs every call to the provider (no secrets: the URL only).
const logRequest = (options: { url?: URL }) => {
  console.debug('jumio →', options.url?.toString());
};

export async function startAuthentication(enrollmentTransactionReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const body = await got
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      hooks: { beforeRequest: [logRequest] },
      json: { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { successUrl: 'https://app.example/ok' } },
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      retry: { limit: 0 },
    })
    .json<{ web: { href: string }; workflowExecution: { id: string } }>();
  return { url: body.web.href, ref: body.workflowExecution.id };
}
