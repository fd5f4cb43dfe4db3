// Deno + Oak: the identity check's return URL.
import { Router } from 'jsr:@oak/oak/router';
import { getQuery } from 'jsr:@oak/oak/helpers';
import { markKycPending } from './kyc.ts';

export const kycRouter = new Router();

kycRouter.get('/kyc/return', async (ctx) => {
  const { transactionStatus, transactionReference, errorCode } = getQuery(ctx);
  if (transactionStatus === 'SUCCESS') {
    await markKycPending(transactionReference);
    ctx.response.redirect('/onboarding/pending');
    return;
  }
  ctx.response.redirect(`/onboarding/identity?error=${errorCode ?? ''}`);
});
