// Face login of the patient portal (Hono 4 on Node through @hono/node-server, superagent). The SPA posts JSON; the
// handler reads it with c.req.json().
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import superagent from 'superagent';
import { saveFaceLogin } from './store.js';

const app = new Hono();

app.post('/api/face-login', async (c) => {
  const { patientId, jumioEnrollment } = await c.req.json();
  const res = await superagent
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .auth(process.env.JUMIO_API_TOKEN ?? '', process.env.JUMIO_API_SECRET ?? '')
    .set('Accept', 'application/json')
    .set('User-Agent', 'Acme Health/3.8')
    .send({
      enrollmentTransactionReference: jumioEnrollment,
      userReference: patientId,
      callbackUrl: 'https://api.acme-health.com/hooks/face-login',
      successUrl: 'https://my.acme-health.com/face-login/welcome',
    });
  await saveFaceLogin(patientId, res.body.transactionReference);
  return c.json({ redirectTo: res.body.redirectUrl });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
