'use strict';
// Kampong Ventures (Singapore): an investor confirms a redemption above S$20,000 with a face login against their
// onboarding ID check before the units are sold. Koa 2 + @koa/router, got 11 (CommonJS).
// Third-party failures are values in this service: safe() answers [error, value], so every route decides what a
// vendor outage means for the investor instead of leaving it to the error middleware.
const Router = require('@koa/router');
const got = require('got');
const { findRedemption, saveRedemptionFaceLogin } = require('./db.cjs');

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

async function safe(fn) {
  try {
    return [null, await fn()];
  } catch (error) {
    return [error, undefined];
  }
}

const router = new Router({ prefix: '/redemptions' });

router.post('/:redemptionId/face-login', async (ctx) => {
  const redemption = await findRedemption(ctx.params.redemptionId, ctx.state.investor.id);
  if (!redemption) ctx.throw(404, 'no such redemption');

  const [error, started] = await safe(() =>
    got
      .post(NV_SG_INITIATE, {
        username: process.env.KAMPONG_NV_TOKEN,
        password: process.env.KAMPONG_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'KampongVentures-Investor/2.2' },
        json: {
          enrollmentTransactionReference: redemption.investor.onboardingCheckRef,
          userReference: redemption.investor.investorNo,
          successUrl: `https://invest.kampong.example/redemptions/${redemption.id}/confirmed`,
          errorUrl: `https://invest.kampong.example/redemptions/${redemption.id}/not-confirmed`,
          locale: 'en-GB',
          tokenLifetimeInMinutes: 10,
        },
      })
      .json(),
  );

  if (error) {
    // The redemption stays pending; operations calls the investor when the vendor is down for long.
    console.warn(`redemption ${redemption.id}: face login not started`, error.message);
    ctx.status = 502;
    ctx.body = { error: 'face login unavailable, your redemption is kept pending' };
    return;
  }

  await saveRedemptionFaceLogin(redemption.id, { reference: started.transactionReference, startedAt: started.timestamp });
  ctx.status = 201;
  ctx.body = { faceLoginUrl: started.redirectUrl };
});

module.exports = router;
