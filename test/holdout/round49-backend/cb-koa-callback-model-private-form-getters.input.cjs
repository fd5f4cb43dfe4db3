'use strict';
// Havbris Bank (EU): face-login results of card-unlock requests (the callbackUrl of the unlock step-up). @koa/router
// with koa-bodyparser (form bodies enabled in app.js). FaceLoginCallback wraps the posted form; the rest of the
// module only talks to the model.
const Router = require('@koa/router');
const { outbox, settleCardUnlock } = require('./db.cjs');

class FaceLoginCallback {
  #form;

  constructor(form) {
    this.#form = Object.freeze({ ...form });
  }

  /** Null for anything that is not a face-login result (ID verification posts to another route). */
  static fromForm(form) {
    if (!form || form.callBackType !== 'NETVERIFY_AUTHENTICATION') return null;
    return new FaceLoginCallback(form);
  }

  get transactionReference() {
    return this.#form.transactionReference;
  }

  get enrollmentTransactionReference() {
    return this.#form.enrollmentTransactionReference;
  }

  get result() {
    return this.#form.transactionResult;
  }

  get passed() {
    return this.result === 'PASSED';
  }

  get decidedAt() {
    return new Date(this.#form.transactionDate);
  }

  get faceImageUrl() {
    return this.#form.idScanImageFace || null;
  }

  toJSON() {
    return {
      reference: this.transactionReference,
      enrolment: this.enrollmentTransactionReference,
      result: this.result,
      decidedAt: this.decidedAt.toISOString(),
    };
  }
}

const router = new Router({ prefix: '/webhooks/netverify' });

router.post('/card-unlock', async (ctx) => {
  const callback = FaceLoginCallback.fromForm(ctx.request.body);
  if (!callback) {
    ctx.status = 204;
    return;
  }

  await settleCardUnlock(callback.transactionReference, callback.passed, callback.faceImageUrl);
  await outbox.publish('card-unlock.face-login-decided', callback.toJSON());
  ctx.status = 200;
});

module.exports = router;
