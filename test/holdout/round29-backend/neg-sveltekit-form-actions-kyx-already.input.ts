// SvelteKit 2 form actions (src/routes/account/face-login/+page.server.ts) of the team's KYX integration: the action
// updates the member's KYX account with workflow 9 in the EU region and sends the browser to the web client.
import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Actions } from './$types';
import { saveFaceLogin } from './store.js';

const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';
const KYX_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';

async function kyxToken(fetchFn: typeof fetch): Promise<string> {
  const res = await fetchFn(KYX_TOKEN_URL, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(`${env.KYX_CLIENT_ID}:${env.KYX_CLIENT_SECRET}`),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export const actions = {
  start: async ({ request, fetch, locals, url }) => {
    const user = locals.user;
    if (!user?.kyxAccountId) return fail(409, { message: 'Enrol your face first.' });
    const form = await request.formData();
    const locale = String(form.get('locale') ?? 'en-GB');

    const res = await fetch(`${KYX_ACCOUNTS}/${user.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await kyxToken(fetch)}`,
        'User-Agent': 'Northwind Account/6.0',
      },
      body: JSON.stringify({
        customerInternalReference: user.id,
        userReference: user.id,
        workflowDefinition: { key: 9, credentials: [{ id: user.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: `${url.origin}/account/face-login/done`, errorUrl: `${url.origin}/account/face-login?failed=1`, locale },
        tokenLifetime: '15m',
      }),
    });
    if (!res.ok) return fail(502, { message: `Face login is unavailable (${res.status}).` });

    const started: { web: { href: string }; workflowExecution: { id: string } } = await res.json();
    await saveFaceLogin(user.id, started.workflowExecution.id);
    redirect(303, started.web.href);
  },
} satisfies Actions;
