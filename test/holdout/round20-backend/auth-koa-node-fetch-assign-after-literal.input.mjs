// Koa 2 face-login route (ESM, node-fetch v3) of the EU portal. The Basic credentials are kept pre-encoded in the
// environment (JUMIO_BASIC_AUTH = base64 of token:secret); the page fields are added to the body after it is built.
import Router from '@koa/router';
import fetch from 'node-fetch';
import { saveFaceLogin } from './store.js';

const JUMIO_EU = 'https://lon.netverify.com';
const AUTH_HEADER = `Basic ${process.env.JUMIO_BASIC_AUTH}`;
const APP_URL = process.env.APP_URL ?? 'https://portal.acme.eu';

export const faceLogin = new Router({ prefix: '/face-login' });

faceLogin.post('/:flow/start', async (ctx) => {
  const user = ctx.state.user;
  const body = {
    enrollmentTransactionReference: user.enrollmentRef,
    userReference: user.id,
    callbackUrl: `${APP_URL}/hooks/face-login`,
  };
  body.successUrl = `${APP_URL}/face-login/${ctx.params.flow}/done`;
  if (ctx.query.lang) Object.assign(body, { locale: String(ctx.query.lang) });

  const res = await fetch(`${JUMIO_EU}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: AUTH_HEADER,
      'User-Agent': 'Acme Portal EU/6.0',
    },
    body: JSON.stringify(body),
  });
  ctx.assert(res.ok, 502, `identity provider answered ${res.status}`);
  const started = await res.json();
  await saveFaceLogin(user.id, started.transactionReference);
  ctx.body = { url: started.redirectUrl };
});
