import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface AuthInitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function beginAuthentication(enrollmentReference: string, lifetime: number): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { body } = await got.put<AuthInitiateResponse>(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: {
      "customerInternalReference": enrollmentReference,
      "workflowDefinition": { "key": 9, "credentials": [{ "id": kyxAccount.credentialId, "category": 'ID' }, { "category": 'FACEMAP' }] },
      "callbackUrl": 'https://bank.example.sg/hooks/jumio',
      "tokenLifetime": `${lifetime}m`,
    },
    headers: { 'user-agent': 'Example Bank/3.1', Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
    responseType: 'json',
    retry: { limit: 0 },
  });
  return body.web.href;
}
