// Face login start, Hono on Bun. The front end posts { userId } and gets the web client URL back.
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { findEnrollmentReference, saveFaceAuth } from './store.js';

const NETVERIFY = 'https://lon.netverify.com';

type InitiateResult = { timestamp: string; redirectUrl: string; transactionReference: string };

const app = new Hono();

app.post('/face-login/start', zValidator('json', z.object({ userId: z.string().uuid() })), async (c) => {
  const { userId } = c.req.valid('json');
  const enrollment = await findEnrollmentReference(userId);
  const basic = btoa(`${Bun.env.JUMIO_API_TOKEN}:${Bun.env.JUMIO_API_SECRET}`);
  const r = await fetch(`${NETVERIFY}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Basic ${basic}`,
      'user-agent': 'Acme Bank FaceLogin/4.2',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrollment,
      userReference: userId,
      successUrl: 'https://bank.example.com/face-login/done',
      errorUrl: 'https://bank.example.com/face-login/failed',
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!r.ok) return c.json({ error: 'provider_error' }, 502);
  const data = (await r.json()) as InitiateResult;
  await saveFaceAuth({ userId, reference: data.transactionReference, url: data.redirectUrl });
  return c.json({ url: data.redirectUrl });
});

export default { port: 3000, fetch: app.fetch };
