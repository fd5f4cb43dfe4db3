// Didit identity verification: a session with a callback and vendor data; the webhook reads the decision.
import { Hono } from 'hono';

export const app = new Hono();

app.post('/kyc/start', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const res = await fetch('https://verification.didit.me/v2/session/', {
    method: 'POST',
    headers: { 'x-api-key': process.env.DIDIT_API_KEY!, 'Content-Type': 'application/json' },
    body: JSON.stringify({ workflow_id: process.env.DIDIT_WORKFLOW_ID, vendor_data: userId, callback: 'https://acme.example/kyc/done' }),
  });
  const session = (await res.json()) as { session_id: string; url: string };
  return c.json({ redirectUrl: session.url, transactionReference: session.session_id });
});

app.post('/kyc/webhook', async (c) => {
  const body = await c.req.json<{ session_id: string; status: string; vendor_data: string }>();
  console.log('didit', body.session_id, body.status === 'Approved' ? 'PASSED' : 'FAILED', body.vendor_data);
  return c.body(null, 200);
});
