// Face login on the current identity platform (ESM, global fetch): token, account update, then the link.
import { saveFaceLogin } from './store.js';

async function accessToken() {
  const res = await fetch('https://auth.amer-1.jumio.ai/oauth2/token', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Basic ' + Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64'),
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = await res.json();
  return access_token;
}

export async function startFaceLogin(user) {
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${user.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await accessToken()}` },
    body: JSON.stringify({
      customerInternalReference: user.id,
      userReference: user.id,
      workflowDefinition: { key: 9, credentials: [{ id: user.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://app.acme-fitness.com/face/ok', locale: 'en-US' },
      tokenLifetime: '30m',
    }),
  });
  const started = await res.json();
  await saveFaceLogin(user.id, started.workflowExecution.id);
  return started.web.href;
}
