// Koa 2 (ESM) face-login route. The Jumio host can be pointed at the QA team's recording proxy through JUMIO_HOST;
// production runs with the default (SG data centre).
import Router from '@koa/router';
import fetch from 'node-fetch';

const JUMIO_HOST = process.env.JUMIO_HOST || 'https://core-sgp.jumio.com';
const AUTH = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const router = new Router({ prefix: '/face-login' });

router.post('/', async (ctx) => {
  const { enrollmentReference, userId } = ctx.request.body;
  const res = await fetch(`${JUMIO_HOST}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: AUTH,
      'User-Agent': 'Acme SG Wallet/3.3',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
      successUrl: 'https://wallet.acme.sg/face-login/ok',
    }),
  });
  ctx.assert(res.ok, 502, 'identity provider unavailable');
  const body = await res.json();
  ctx.session.faceLoginRef = body.transactionReference;
  ctx.body = { redirectUrl: body.redirectUrl };
});
