import { request } from 'undici';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type LegacyInitiateResponse = { timestamp: string; web: { href: string }; workflowExecution: { id: string } };

export async function initiate(ref: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(ref);
  const { statusCode, body } = await request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
      'user-agent': 'Example/1.0',
    },
    body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { errorUrl: 'https://example.com/error' } }),
  });
  if (statusCode !== 200) throw new Error('initiate failed');
  const result = (await body.json()) as LegacyInitiateResponse;
  return result?.web?.href ?? null;
}
