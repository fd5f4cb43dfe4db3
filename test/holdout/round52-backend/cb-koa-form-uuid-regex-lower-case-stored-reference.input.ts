// Kestrel Savings (US) cards service: unfreezing a card that was frozen for suspected fraud needs a face login; its
// outcome is posted here. Koa 2 with @koa/router and koa-bodyparser (form bodies only on this route). The user
// reference we send is the unlock request's id, and the face login we started is stored with it (lower case).
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { findCardUnlock, settleCardUnlock } from './db.js';

interface FaceLoginCallbackForm {
  callBackType: string;
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
  userReference?: string;
}

const REFERENCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const cardHooks = new Router();

cardHooks.post('/hooks/card-unlock/face-login', bodyParser({ enableTypes: ['form'] }), async (ctx) => {
  const form = ctx.request.body as FaceLoginCallbackForm;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    ctx.status = 204;
    return;
  }
  if (!REFERENCE.test(form.transactionReference)) {
    ctx.status = 400;
    return;
  }

  const unlock = await findCardUnlock(form.userReference ?? '');
  // Only the face login we started for this unlock may settle it; anything else is acknowledged and dropped.
  if (!unlock || unlock.faceLoginReference !== form.transactionReference.toLowerCase()) {
    ctx.status = 200;
    return;
  }

  // The date comes without a zone designator; it is UTC.
  const decidedAt = new Date(form.transactionDate.endsWith('Z') ? form.transactionDate : `${form.transactionDate}Z`);
  await settleCardUnlock(unlock.id, { passed: form.transactionResult.toUpperCase() === 'PASSED', decidedAt });
  ctx.status = 200;
});
