// Lion City Rewards (SG): a member tops up the rewards wallet by card on the payment provider's hosted page. Express 4
// router, ESM, superagent.
import express from 'express';
import superagent from 'superagent';
import { findShopper, recordCheckout } from './db.mjs';

const MERLIONPAY = 'https://api.merlionpay.example';

export const topUpRouter = express.Router();

topUpRouter.post('/wallet/top-ups', async (req, res, next) => {
  try {
    const shopper = await findShopper(req.session.memberNo);
    if (!shopper) {
      res.status(401).json({ error: 'sign in first' });
      return;
    }

    const orderId = `TOPUP-${Date.now()}`;
    const response = await superagent
      .post(`${MERLIONPAY}/v2/hosted-payments/initiate`)
      .auth(process.env.MERLIONPAY_MERCHANT_ID, process.env.MERLIONPAY_API_KEY)
      .set('Accept', 'application/json')
      .set('User-Agent', 'LionCityRewards/6.2')
      .send({
        merchantReference: orderId,
        amount: Math.round(Number(req.body.amount) * 100),
        currency: 'SGD',
        userReference: shopper.shopperId,
        // Growth wants the campaign tags on the completion page (GROW-1182); lc_return sends the member back.
        successUrl: 'https://rewards.lioncity.example/wallet/top-up/complete?utm_source=hosted-payment&utm_medium=redirect&utm_campaign=wallet-top-up-2021q3&utm_content=card-top-up&lc_channel=mobile-web&lc_journey=wallet-top-up-card&lc_ab=top-up-copy-variant-b&lc_return=%2Fwallet%2Fbalance%3Fsource%3Dtop-up%26highlight%3Dlatest-transaction',
        errorUrl: '/wallet/top-up/failed',
        // The app's own i18n tags (the language picked at sign-up).
        locale: shopper.language === 'zh' ? 'zh-Hans-SG' : 'en-SG',
        // The hosted page stays open for a day and an hour (the provider's maximum).
        tokenLifetimeInMinutes: 1500,
      });

    const { redirectUrl, transactionReference } = response.body;
    await recordCheckout(orderId, transactionReference);
    res.status(201).json({ paymentPageUrl: redirectUrl });
  } catch (err) {
    next(err);
  }
});
