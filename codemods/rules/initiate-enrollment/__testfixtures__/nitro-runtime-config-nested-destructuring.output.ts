// Nitro: the credentials and the public site URL come from one destructuring of the runtime config.
import { kyxAccessToken } from './kyx-auth';

export default defineEventHandler(async (event) => {
  const { public: { siteUrl } } = useRuntimeConfig(event);
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
    },
    body: JSON.stringify({ customerInternalReference: 'c-1', workflowDefinition: { key: 3 }, web: { successUrl: `${siteUrl}/identity/done` } }),
  });
  const started = await res.json();
  return sendRedirect(event, started.web.href, 303);
});
