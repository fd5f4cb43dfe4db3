import { request, Pool, RetryAgent, Agent } from 'undici';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// The URL names the legacy host, but a Pool dispatcher sends to its own origin whatever the URL says, and a
// RetryAgent resends a PUT: both stay flagged. A plain Agent is migrated.
const pool = new Pool('https://netverify.com');
const retrying = new RetryAgent(new Agent());
const keepAlive = new Agent({ keepAliveTimeout: 10_000 });

export async function viaPool(ref: string) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the call is sent through a dispatcher of its own (pool), which may have its own origin (a Client or Pool) or resend the PUT (a RetryAgent, or an Agent composed with the retry interceptor)
  const { body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: pool,
    headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  return ((await body.json()) as { redirectUrl: string }).redirectUrl;
}

export async function viaRetry(ref: string) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the call is sent through a dispatcher of its own (retrying), which may have its own origin (a Client or Pool) or resend the PUT (a RetryAgent, or an Agent composed with the retry interceptor)
  const { body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: retrying,
    headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  return ((await body.json()) as { redirectUrl: string }).redirectUrl;
}

export async function viaAgent(ref: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(ref);
  const { body } = await request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    dispatcher: keepAlive,
    headers: { authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  return ((await body.json()) as { web: { href: string } }).web.href;
}
