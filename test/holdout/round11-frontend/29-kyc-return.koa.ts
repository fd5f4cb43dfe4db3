import Router from '@koa/router';
import { users } from '../db';

export const kycRouter = new Router();

// Success/error URL of the identity verification (Jumio Netverify).
kycRouter.get('/kyc/return', async (ctx) => {
  const params = ctx.URL.searchParams;
  if (params.get('transactionStatus') !== 'SUCCESS') {
    ctx.redirect(`/kyc/retry?code=${params.get('errorCode') ?? ''}`);
    return;
  }
  await users.setKycReference(ctx.state.user.id, params.get('transactionReference'));
  ctx.redirect('/dashboard');
});
