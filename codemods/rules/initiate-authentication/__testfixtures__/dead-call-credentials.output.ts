// Credentials read through calls the codemod cannot see into: a secrets helper at module level, and the request
// event's env inside the handler. Once the Basic header is gone they are dead.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

declare function secret(name: string): () => string; // the platform's secrets API (a global here)

// TODO(netverify-migrate): initiate-authentication: apiToken fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
const apiToken = secret('JumioApiToken');
// TODO(netverify-migrate): initiate-authentication: apiSecret fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
const apiSecret = secret('JumioApiSecret');

export async function startFaceAuth(event: { env: { get(name: string): string | undefined } }, enrollmentRef: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: basic fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
  const basic = btoa(`${event.env.get('JUMIO_TOKEN')}:${event.env.get('JUMIO_SECRET')}`);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  return ((await res.json()) as { web: { href: string } }).web.href;
}

export async function startFaceAuthWithSecrets(enrollmentRef: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollmentRef);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  return ((await res.json()) as { web: { href: string } }).web.href;
}
