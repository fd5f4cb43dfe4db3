// Ondato identity verification: OAuth client credentials, then a verification with success/error URLs (Hono route).
import { Hono } from 'hono';

export const ondato = new Hono().post('/kyc/ondato/start', async (c) => {
  const tokenRes = await fetch('https://id.ondato.com/connect/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: process.env.ONDATO_CLIENT_ID!, client_secret: process.env.ONDATO_SECRET! }),
  });
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  const res = await fetch('https://idvapi.ondato.com/v1/identity-verifications', {
    method: 'POST',
    headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ setupId: process.env.ONDATO_SETUP_ID, externalReferenceId: c.req.query('user'), successUrl: 'https://app.acme.example/ok', errorUrl: 'https://app.acme.example/ko' }),
  });
  const { id } = (await res.json()) as { id: string };
  return c.json({ redirectUrl: `https://idv.ondato.com/?id=${id}`, transactionReference: id });
});
