// Tembusu Capital (SG) investor portal: redeeming fund units to a new bank account is confirmed with a face check by
// Veridian Face. Koa 2 with @koa/router, got. Since pentest finding TC-21-07 (open redirect) the portal only ever sends
// an investor to our own white-label capture page, so the link Veridian hands back is checked before we redirect to it.
import Router from '@koa/router';
import got from 'got';
import { findRedemption, saveRedemptionStepUp } from './db.js';

const VERIDIAN_SG_INITIATE = 'https://api.sg.veridianface.example/v3/step-up/initiate';
const OUR_CAPTURE_PAGE = /^https:\/\/tembusu\.capture\.veridianface\.example\/session\?/;

interface StepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const redemptionRouter = new Router({ prefix: '/redemptions' });

redemptionRouter.get('/:redemptionId/face-check', async (ctx) => {
  const redemption = await findRedemption(ctx.params.redemptionId);
  if (!redemption || redemption.investorId !== ctx.state.user.investorId) return ctx.throw(404, 'unknown redemption');

  const started = await got
    .post(VERIDIAN_SG_INITIATE, {
      json: {
        faceTemplateId: redemption.investor.faceTemplateId,
        userReference: redemption.investor.investorNo,
        successUrl: `https://invest.tembusu.example/redemptions/${redemption.id}/confirmed`,
        errorUrl: `https://invest.tembusu.example/redemptions/${redemption.id}/failed`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 10,
      },
      username: process.env.TEMBUSU_VERIDIAN_KEY,
      password: process.env.TEMBUSU_VERIDIAN_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'Tembusu-Investor/1.4' },
    })
    .json<StepUpStarted>();

  if (!OUR_CAPTURE_PAGE.test(started.redirectUrl)) {
    return ctx.throw(502, 'face check: unexpected capture page address');
  }
  await saveRedemptionStepUp(redemption.id, started.transactionReference, started.timestamp);
  ctx.status = 303;
  ctx.redirect(started.redirectUrl);
});
