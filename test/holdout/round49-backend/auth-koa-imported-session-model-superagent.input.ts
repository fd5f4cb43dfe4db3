// Summit Ridge Investments (US): changing the mobile number that receives trade confirmations needs a selfie against
// the ID check from account opening. @koa/router, TypeScript, superagent. The session model lives in
// face-login-session.ts: the callback worker and the nightly reconciliation build it from stored answers too.
import Router from '@koa/router';
import superagent from 'superagent';
import { FaceLoginSession } from './face-login-session.js';
import { findMobileNumberChange, saveMobileNumberStepUp } from './store.js';

const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';

export const mobileNumberStepUp = new Router({ prefix: '/profile/mobile-number' });

mobileNumberStepUp.post('/changes/:changeId/step-up', async (ctx: any) => {
  const change = await findMobileNumberChange(ctx.params.changeId);
  if (!change) {
    ctx.status = 404;
    return;
  }

  const response = await superagent
    .post(NETVERIFY_INITIATE)
    .auth(process.env.SUMMIT_NV_TOKEN ?? '', process.env.SUMMIT_NV_SECRET ?? '')
    .set('Accept', 'application/json')
    .set('User-Agent', 'SummitRidge-Profile/3.3')
    .send({
      enrollmentTransactionReference: change.client.netverifyScanRef,
      userReference: change.client.accountNo,
      successUrl: `https://invest.summitridge.example/profile/mobile-number/${change.id}/confirmed`,
      errorUrl: `https://invest.summitridge.example/profile/mobile-number/${change.id}/not-confirmed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 20,
    });

  // The model checks the answer's shape and keeps it as received.
  const session = FaceLoginSession.fromNetverify(response.body);
  await saveMobileNumberStepUp(change.id, session);
  ctx.status = 201;
  ctx.body = session;
});
