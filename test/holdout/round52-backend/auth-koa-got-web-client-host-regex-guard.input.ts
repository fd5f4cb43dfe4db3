// Kranji Wealth (SG) client portal: a withdrawal to a new bank account is confirmed with a face login. Koa 2 with
// @koa/router, got. Since pentest finding PT-2020-14 (open redirect) the portal only ever sends a client to our own
// white-label web client, so the link the vendor hands back is checked before we redirect to it.
import Router from '@koa/router';
import got from 'got';
import { findWithdrawal, saveWithdrawalStepUp } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const OUR_WEB_CLIENT = /^https:\/\/kranjiwealth\.netverify\.com\/web\/v4\/app\?/;

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const withdrawalRouter = new Router({ prefix: '/withdrawals' });

withdrawalRouter.get('/:withdrawalId/face-login', async (ctx) => {
  const withdrawal = await findWithdrawal(ctx.params.withdrawalId);
  if (!withdrawal || withdrawal.clientId !== ctx.state.user.clientId) return ctx.throw(404, 'unknown withdrawal');

  const started = await got
    .post(NV_SG_INITIATE, {
      json: {
        enrollmentTransactionReference: withdrawal.client.enrolmentReference,
        userReference: withdrawal.client.clientNo,
        successUrl: `https://portal.kranjiwealth.example/withdrawals/${withdrawal.id}/confirmed`,
        errorUrl: `https://portal.kranjiwealth.example/withdrawals/${withdrawal.id}/failed`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 10,
      },
      username: process.env.KRANJI_NV_TOKEN,
      password: process.env.KRANJI_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'KranjiWealth-Portal/2.1' },
    })
    .json<FaceLoginStarted>();

  if (!OUR_WEB_CLIENT.test(started.redirectUrl)) {
    return ctx.throw(502, 'face login: unexpected web client address');
  }
  await saveWithdrawalStepUp(withdrawal.id, started.transactionReference, started.timestamp);
  ctx.status = 303;
  ctx.redirect(started.redirectUrl);
});
