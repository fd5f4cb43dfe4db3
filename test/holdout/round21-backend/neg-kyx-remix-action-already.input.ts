// Face login step of the EU account area, already on the Jumio KYX platform (Remix action, the global fetch): the
// account update with workflow 9 and a token from the team's own OAuth2 client module.
import { redirect } from '@remix-run/node';
import { saveFaceLogin } from './store.js';

async function kyxToken(): Promise<string> {
  const res = await fetch('https://auth.emea-1.jumio.ai/oauth2/token', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Basic ' + Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64'),
    },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function action({ request }: { request: Request }) {
  const form = await request.formData();
  const accountId = String(form.get('accountId'));
  const credentialId = String(form.get('credentialId'));
  const userId = String(form.get('userId'));
  return fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Acme EU/8.0' },
    body: JSON.stringify({
      customerInternalReference: userId,
      userReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://my.acme.eu/face-login/done', locale: 'de-DE' },
      tokenLifetime: '10m',
    }),
  })
    .then((r) => r.json())
    .then(async ({ web, workflowExecution }) => {
      await saveFaceLogin(userId, workflowExecution.id);
      return redirect(web.href);
    });
}
