// The Basic credentials fetched from a secret manager in parallel and destructured from the array: once the call
// uses the KYX helper they are no longer read, but the fetches stay (they may do more): an item says so.
import got from 'got';
import { vault } from './vault';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: apiToken, apiSecret fed only the legacy Basic credentials and are no longer read (noUnusedLocals reports them): remove them, and what computes them if nothing else needs it
  const [apiToken, apiSecret] = await Promise.all([vault.getSecret('nv-token'), vault.getSecret('nv-secret')]);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const started = await got
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      retry: { limit: 0 },
    })
    .json<{ web: { href: string } }>();
  return started.web.href;
}
