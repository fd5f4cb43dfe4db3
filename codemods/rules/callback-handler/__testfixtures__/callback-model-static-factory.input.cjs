'use strict';
// The route hands the posted form to a model's static factory, which keeps it only when its callBackType is
// NETVERIFY_AUTHENTICATION; the rest of the module reads the model's getters. The factory is the callback's reader.
const Router = require('@koa/router');
const { settle } = require('./db.cjs');

class FaceLoginCallback {
  #form;

  constructor(form) {
    this.#form = Object.freeze({ ...form });
  }

  static fromForm(form) {
    if (!form || form.callBackType !== 'NETVERIFY_AUTHENTICATION') return null;
    return new FaceLoginCallback(form);
  }

  get reference() {
    return this.#form.transactionReference;
  }
}

const router = new Router();

router.post('/hooks/face-login', async (ctx) => {
  const callback = FaceLoginCallback.fromForm(ctx.request.body);
  if (callback) await settle(callback.reference);
  ctx.status = 200;
});

module.exports = router;
