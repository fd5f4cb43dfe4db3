// A dead credentials variable spelled like a member of a type of the file — `secret` beside `{ token; secret }`,
// `token` beside `interface Session { token }` — is still dead: a member's name is no read of the variable.
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Session {
  token: string;
}

export async function startWithSecret(enrollment: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: secret fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
  const secret = (await getSecret('prod/jumio', { transform: 'json' })) as { token: string; secret: string };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  const data = (await res.json()) as { web: { href: string } };
  return data.web.href;
}

export async function startWithEnv(enrollment: string, session: Session) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: session.token, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: session.token }),
  });
  const data = (await res.json()) as { web: { href: string } };
  return data.web.href;
}
