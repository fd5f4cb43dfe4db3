import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface LegacyAuthResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id?: string };
}

// The older Authentication path, a URL object, and a promise chain in a non-async function.
export async function openFaceLogin(enrollmentReference: string, userReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  return fetch(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxAccessToken('apac-1')}`,
    },
    body: JSON.stringify({ customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference, web: { locale: 'en' } }),
  })
    .then((res) => res.json() as Promise<LegacyAuthResponse>)
    .then(({ web: { href: redirectUrl }, workflowExecution: { id: transactionReference } }) => ({ redirectUrl, transactionReference }));
}
