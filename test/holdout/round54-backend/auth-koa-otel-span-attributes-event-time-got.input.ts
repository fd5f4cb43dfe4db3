// Straits Harbour Insurance (SG) policy portal: changing the bank account a policy pays out to is confirmed with a face
// login. Koa 2 with @koa/router, got. The service runs under the OpenTelemetry Node SDK (auto-instrumented HTTP
// server spans); the handler enriches the server span, since the claims desk starts from the trace when a payout goes
// to the wrong account.
import type { Context } from 'koa';
import Router from '@koa/router';
import got from 'got';
import { trace } from '@opentelemetry/api';
import { findPolicy, savePayoutAccountStepUp } from './db.js';

const NV_SG = 'https://core-sgp.jumio.com';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const payoutAccountRouter = new Router({ prefix: '/policies' });

payoutAccountRouter.post('/:policyNo/payout-account/face-login', async (ctx: Context) => {
  const policy = await findPolicy(ctx.params.policyNo, ctx.state.user.sub);
  if (!policy) return ctx.throw(404, 'no such policy');

  const span = trace.getActiveSpan();
  span?.setAttribute('policy.no', policy.policyNo);

  const started = await got
    .post(`${NV_SG}/api/authentication/v1/web/initiate`, {
      json: {
        enrollmentTransactionReference: policy.holder.netverifyEnrolment,
        userReference: policy.holder.clientId,
        successUrl: `https://my.straitsharbour.example/policies/${policy.policyNo}/payout-account/saved`,
        errorUrl: `https://my.straitsharbour.example/policies/${policy.policyNo}/payout-account/not-saved`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 15,
      },
      username: process.env.STRAITS_NV_TOKEN,
      password: process.env.STRAITS_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'StraitsHarbour-Policy/3.0' },
    })
    .json<FaceLoginStarted>();

  span?.setAttributes({
    'facelogin.reference': started.transactionReference,
    'facelogin.token_minutes': 15,
  });
  // The event carries the vendor's own start time, not ours.
  span?.addEvent('facelogin.initiated', { 'facelogin.reference': started.transactionReference }, new Date(started.timestamp));

  await savePayoutAccountStepUp(policy.policyNo, started.transactionReference);
  ctx.status = 303;
  ctx.redirect(started.redirectUrl);
});
