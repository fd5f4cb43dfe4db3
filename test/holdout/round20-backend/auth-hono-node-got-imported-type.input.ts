// Face login route of the customer app (Hono 4 on Node through @hono/node-server, TypeScript). got calls the EU data
// centre; the response type is the shared one of identity-types.ts. "Remember this device" asks for a day-long link.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import got from 'got';
import type { FaceLoginStart } from './identity-types.js';
import { saveFaceLogin } from './store.js';

interface SessionUser {
  id: string;
  enrollmentRef: string;
}

const app = new Hono();

app.post('/face-login', async (c) => {
  const user = c.get('user') as SessionUser;
  const { remember } = (await c.req.json()) as { remember?: boolean };
  const started = await got
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: {
        enrollmentTransactionReference: user.enrollmentRef,
        userReference: user.id,
        successUrl: 'https://app.acme.eu/face-login/complete',
        errorUrl: 'https://app.acme.eu/face-login/failed',
        tokenLifetimeInMinutes: remember ? 1440 : 15,
      },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Acme App EU/4.1' },
    })
    .json<FaceLoginStart>();
  await saveFaceLogin(user.id, started.transactionReference);
  return c.json({ url: started.redirectUrl });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
