import Router from '@koa/router';
import { request } from 'undici';
import { saveAuthAttempt } from './db/auth-attempts.mjs';

const JUMIO_AUTH_URL = process.env.JUMIO_AUTH_URL ?? 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const router = new Router({ prefix: '/step-up' });

router.post('/start', async (ctx) => {
  const user = ctx.state.user;
  const { statusCode, body } = await request(JUMIO_AUTH_URL, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Basic ${credentials}`,
      'user-agent': 'Northwind StepUp/2.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: user.jumioScanReference,
      userReference: user.id,
      callbackUrl: 'https://api.northwind.example/step-up/jumio-callback',
      successUrl: 'https://app.northwind.example/step-up/done',
      errorUrl: 'https://app.northwind.example/step-up/failed',
      tokenLifetimeInMinutes: 60,
    }),
  });
  if (statusCode !== 200) {
    ctx.throw(502, `identity provider answered ${statusCode}`);
  }
  const result = await body.json();
  await saveAuthAttempt(user.id, result.transactionReference, result.timestamp);
  ctx.body = { url: result.redirectUrl };
});
