// Wharfside Bank (US) mobile API: adding a payee above the daily limit is confirmed with a face login. Koa 2 with
// @koa/router, TypeScript, undici. When the vendor throttles us we hand its Retry-After to the app, which shows a
// countdown instead of a spinner; a 5xx is tried once more after a short pause before we give up.
import Router from '@koa/router';
import { request } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import { findPayeeRequest, savePayeeStepUp } from './db.js';

const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const NETVERIFY_BASIC = `Basic ${Buffer.from(`${process.env.WHARFSIDE_NV_TOKEN}:${process.env.WHARFSIDE_NV_SECRET}`).toString('base64')}`;

interface InitiateAnswer {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const payeeFaceLogin = new Router();

payeeFaceLogin.post('/payees/:requestId/face-login', async (ctx) => {
  const payee = await findPayeeRequest(ctx.params.requestId);
  if (!payee) {
    ctx.throw(404, 'unknown payee request');
    return;
  }

  const payload = {
    enrollmentTransactionReference: payee.customer.enrolmentReference,
    userReference: payee.customer.customerNo,
    successUrl: `https://m.wharfside.example/payees/${payee.id}/added`,
    errorUrl: `https://m.wharfside.example/payees/${payee.id}/not-added`,
    locale: payee.customer.locale,
    tokenLifetimeInMinutes: 20,
  };

  for (let attempt = 1; ; attempt++) {
    const { statusCode, headers, body } = await request(NETVERIFY_INITIATE, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: NETVERIFY_BASIC,
        'user-agent': 'Wharfside-Mobile/8.3',
      },
      body: JSON.stringify(payload),
    });

    if (statusCode >= 500 && attempt < 2) {
      await body.dump();
      await sleep(400);
      continue;
    }
    if (statusCode === 429) {
      await body.dump();
      ctx.set('Retry-After', String(headers['retry-after'] ?? '30'));
      ctx.status = 503;
      ctx.body = { code: 'FACE_LOGIN_BUSY' };
      return;
    }
    if (statusCode !== 200) {
      const detail = await body.text();
      console.warn(`face login start refused for payee request ${payee.id}: ${statusCode} ${detail.slice(0, 300)}`);
      ctx.throw(502, 'face login could not be started');
      return;
    }

    const answer = (await body.json()) as InitiateAnswer;
    await savePayeeStepUp(payee.id, answer.transactionReference, answer.timestamp);
    ctx.status = 201;
    ctx.body = { faceLoginUrl: answer.redirectUrl };
    return;
  }
});
