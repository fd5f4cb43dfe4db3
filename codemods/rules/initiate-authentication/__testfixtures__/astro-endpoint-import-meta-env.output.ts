// src/pages/api/face/start.ts: an Astro endpoint (server only); import.meta.env holds the server's private variables.
import type { APIRoute } from 'astro';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export const POST: APIRoute = async ({ locals, url }) => {
  const user = locals.user;
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.jumioEnrollment);
  const response = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
    },
    body: JSON.stringify({
      customerInternalReference: user.id,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: user.id,
      web: { successUrl: new URL('/account/face/done', url).href },
    }),
  });
  const { web: { href: redirectUrl } } = await response.json();
  return Response.json({ redirectUrl });
};
