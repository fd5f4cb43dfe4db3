// A SvelteKit remote function: the request event's fetch taken from getRequestEvent().
import { command, getRequestEvent } from '$app/server';
import { kyxAccessToken } from './kyx-auth';

export const startVerification = command(async () => {
  const { locals, fetch } = getRequestEvent();
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: locals.user.id, userReference: locals.user.id, workflowDefinition: { key: 3 } }),
  });
  const { web: { href: redirectUrl } } = await res.json();
  return redirectUrl;
});
