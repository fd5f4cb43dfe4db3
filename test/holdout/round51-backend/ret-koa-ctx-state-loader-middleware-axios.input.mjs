// Pinecrest Mutual (US) claims back office: releasing a payout needs the claimant's face login to have passed. Koa 2
// with @koa/router, ESM, axios. loadFaceLogin looks the face login up and leaves the vendor's details in ctx.state
// for the release handler behind it.
import Router from '@koa/router';
import axios from 'axios';
import { findPayout, releasePayout } from './db.mjs';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';

async function loadFaceLogin(ctx, next) {
  const payout = await findPayout(ctx.params.payoutId);
  if (!payout?.faceLoginReference) ctx.throw(409, 'no face login for this payout');

  const { data } = await axios.get(`${NV_AUTHENTICATIONS}/${payout.faceLoginReference}`, {
    auth: { username: process.env.PINECREST_NV_TOKEN, password: process.env.PINECREST_NV_SECRET },
    headers: { Accept: 'application/json', 'User-Agent': 'Pinecrest-Claims/3.4' },
    timeout: 10000,
  });
  ctx.state.payout = payout;
  ctx.state.faceLogin = data;
  await next();
}

export const payoutRouter = new Router({ prefix: '/payouts' });

payoutRouter.post('/:payoutId/release', loadFaceLogin, async (ctx) => {
  const { payout, faceLogin } = ctx.state;

  if (faceLogin.transactionResult === 'CREATED' || faceLogin.transactionResult === 'STARTED') {
    ctx.status = 409;
    ctx.body = { state: 'face-login-pending' };
    return;
  }
  if (faceLogin.transactionResult !== 'PASSED' || faceLogin.userReference !== payout.claimantId) {
    ctx.status = 403;
    ctx.body = { state: 'face-login-failed' };
    return;
  }

  await releasePayout(payout.id, { faceLoginReference: faceLogin.transactionReference, releasedBy: ctx.state.user.id });
  ctx.body = { state: 'released' };
});
