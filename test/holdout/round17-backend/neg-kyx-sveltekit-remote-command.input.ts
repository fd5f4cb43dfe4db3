// Already on KYX: a SvelteKit remote command creating the account (workflow 3) with an OAuth2 token; the web client's
// href kept under the app's old name redirectUrl.
import { command, getRequestEvent } from '$app/server';
import { env } from '$env/dynamic/private';

async function kyxToken(fetcher: typeof fetch): Promise<string> {
  const res = await fetcher('https://auth.amer-1.jumio.ai/oauth2/token', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(`${env.KYX_CLIENT_ID}:${env.KYX_CLIENT_SECRET}`),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

export const startKyc = command('unchecked', async () => {
  const { locals, fetch, url } = getRequestEvent();
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxToken(fetch)}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme Kit/3.0' },
    body: JSON.stringify({
      customerInternalReference: locals.user.id,
      workflowDefinition: { key: 3 },
      web: { successUrl: `${url.origin}/kyc/done`, locale: 'en' },
    }),
  });
  const data = await res.json();
  locals.user.kycReference = data.workflowExecution.id;
  return { redirectUrl: data.web.href };
});
