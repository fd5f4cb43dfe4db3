// Cascade Mutual (US) claims back office: before a large claim payout goes to a bank account the claimant added after
// the loss, the claimant confirms it with a face login, and the adjuster reviews the outcome on this page. hapi 21 with
// @hapi/vision (Handlebars views: views/claims/face-login-review.hbs), got.
import type { Request as HapiRequest, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import got from 'got';
import { findClaimPayout } from './db.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export const faceLoginReviewRoute: ServerRoute = {
  method: 'GET',
  path: '/claims/{claimId}/payout/face-login',
  options: { auth: 'adjuster-session' },
  handler: async (request: HapiRequest, h: ResponseToolkit) => {
    const payout = await findClaimPayout(request.params.claimId);
    if (!payout?.faceLoginReference) return h.view('claims/no-face-login', { claimId: request.params.claimId }).code(404);

    const details = await got(`${NV_AUTHENTICATIONS}/${payout.faceLoginReference}`, {
      username: process.env.CASCADE_NV_TOKEN,
      password: process.env.CASCADE_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'CascadeMutual-Claims/8.1' },
    }).json<FaceLoginDetails>();

    const sameClaimant = details.userReference === payout.claimantId;
    const pending = details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED';
    request.log(['claims', 'face-login'], `claim ${payout.claimId}: face login ${details.transactionReference} reviewed`);

    // The review page prints the vendor's answer field by field, next to the claim.
    return h.view('claims/face-login-review', {
      claim: payout,
      faceLogin: details,
      sameClaimant,
      pending,
    });
  },
};
