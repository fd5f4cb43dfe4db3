// The app's own step-up authentication API (Hono): its route names and response fields echo Jumio's. Untouched.
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';

export const stepUp = new Hono();

stepUp.post('/api/authentication/v1/step-up/initiate', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const transactionReference = randomUUID();
  return c.json({ redirectUrl: `https://id.acme.example/step-up/${transactionReference}?user=${userId}`, transactionReference, timestamp: new Date().toISOString() });
});

export async function callStepUp(userId: string) {
  const res = await fetch('https://id.acme.example/api/authentication/v1/step-up/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId, enrollmentTransactionReference: userId }),
  });
  const data = await res.json();
  return data.redirectUrl;
}
