// The private getter that only built the Basic header is dead once the call sends the Bearer token: it goes, as a
// private field would; the constructor's parameter properties get their items (callers pass them).
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class FaceAuthClient {
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property token fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property secret fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  constructor(private token: string, private secret: string) {}

  async start(enrollmentReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme/3.0' },
      body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, callbackUrl: 'https://acme.example/jumio/cb' }),
    });
    const json = (await res.json()) as { web: { href: string } };
    return json.web.href;
  }
}
