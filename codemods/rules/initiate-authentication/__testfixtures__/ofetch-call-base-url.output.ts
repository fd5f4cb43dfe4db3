// A Nuxt server util: ofetch with the legacy host as the call's own baseURL option and the path as the URL.
import { ofetch } from 'ofetch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface StartResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const started = await ofetch<StartResponse>(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    body: {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
      web: { successUrl: 'https://app.example.sg/face/ok' },
      tokenLifetime: '15m',
    },
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}`, Accept: 'application/json' },
  });
  return { url: started.web.href, reference: started.workflowExecution.id };
}
