// Vltava Coin (CZ) exchange: a withdrawal to a wallet address the customer has never used is held until a face login
// confirms it. Koa 2 with @koa/router, pages rendered by @ladjs/koa-views (Pug), ofetch. The confirmation page frames
// the face login (views/withdrawals/face-login.pug).
import type { Context } from 'koa';
import Router from '@koa/router';
import { ofetch } from 'ofetch';
import { findHeldWithdrawal, saveWithdrawalStepUp } from './db.js';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.VLTAVA_NV_TOKEN}:${process.env.VLTAVA_NV_SECRET}`).toString('base64')}`;

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const withdrawalPages = new Router({ prefix: '/withdrawals' });

withdrawalPages.get('/:withdrawalId/confirm', async (ctx: Context) => {
  const withdrawal = await findHeldWithdrawal(ctx.params.withdrawalId, ctx.state.user.id);
  if (!withdrawal) return ctx.throw(404, 'no held withdrawal');

  const started: FaceLoginStarted = await ofetch(NV_EU_INITIATE, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'VltavaCoin-Web/5.6' },
    body: {
      enrollmentTransactionReference: withdrawal.customer.kycReference,
      userReference: withdrawal.customer.id,
      successUrl: `https://app.vltavacoin.example/withdrawals/${withdrawal.id}/confirmed`,
      errorUrl: `https://app.vltavacoin.example/withdrawals/${withdrawal.id}/not-confirmed`,
      locale: ctx.state.user.locale === 'cs' ? 'cs' : 'en-GB',
      tokenLifetimeInMinutes: 20,
    },
  });

  await saveWithdrawalStepUp(withdrawal.id, started.transactionReference);

  await ctx.render('withdrawals/face-login', {
    withdrawal,
    faceLoginUrl: started.redirectUrl,
    startedAt: started.timestamp,
    validMinutes: 20,
  });
});
