// The web-request package's request.json<T>(path, { baseUrl, auth, body, method }): request's options with a JSON
// body, the promise resolving to the parsed response.
import * as request from 'web-request';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface JumioAuthInit {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export class FaceAuthProvider {
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property apiToken fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property apiSecret fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  constructor(private readonly apiToken: string, private readonly apiSecret: string) {}

  async start(enrollmentReference: string, userId: string): Promise<{ url: string; id: string }> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const result = await request.json<JumioAuthInit>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'User-Agent': 'ico-dashboard/1.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      body: {
        customerInternalReference: userId,
        workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        userReference: userId,
        tokenLifetime: '30m',
      },
    });
    return { url: result.web.href, id: result.workflowExecution.id };
  }
}
