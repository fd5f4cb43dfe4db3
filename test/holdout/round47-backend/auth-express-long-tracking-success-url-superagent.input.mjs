// Lion City Rewards (SG): redeeming a voucher worth more than S$500 asks the member for a selfie against the ID check
// from sign-up. Express 4 router, ESM, superagent.
import express from 'express';
import superagent from 'superagent';
import { findMember, recordRedemptionStepUp } from './db.mjs';

const NETVERIFY_SG = 'https://core-sgp.jumio.com';

export const redemptionRouter = express.Router();

redemptionRouter.post('/vouchers/:voucherId/redeem/step-up', async (req, res, next) => {
  try {
    const member = await findMember(req.session.memberNo);
    if (!member?.jumioEnrollmentRef) {
      res.status(409).json({ error: 'no identity on file' });
      return;
    }

    const response = await superagent
      .post(`${NETVERIFY_SG}/api/authentication/v1/web/initiate`)
      .auth(process.env.LCR_NV_TOKEN, process.env.LCR_NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'LionCityRewards/6.2')
      .send({
        enrollmentTransactionReference: member.jumioEnrollmentRef,
        userReference: member.memberNo,
        // Growth wants the campaign tags on the completion page (GROW-1182); lc_return sends the member back.
        successUrl: 'https://rewards.lioncity.example/redeem/face-login/complete?utm_source=identity-check&utm_medium=redirect&utm_campaign=high-value-redemption-2021q3&utm_content=voucher-step-up&lc_channel=mobile-web&lc_journey=redeem-high-value-voucher&lc_ab=face-login-copy-variant-b&lc_return=%2Fredeem%2Fvouchers%2Fhigh-value%2Fconfirm%3Fsource%3Dstep-up',
        errorUrl: '/redeem/face-login/failed',
        // The app's own i18n tags (the language picked at sign-up).
        locale: member.language === 'zh' ? 'zh-Hans-SG' : 'en-SG',
        // A day and an hour: members start at the mall kiosk and often finish at home (OPS-311).
        tokenLifetimeInMinutes: 1500,
      });

    const { redirectUrl, transactionReference } = response.body;
    await recordRedemptionStepUp(req.params.voucherId, member.memberNo, transactionReference);
    res.status(201).json({ faceLoginUrl: redirectUrl });
  } catch (err) {
    next(err);
  }
});
