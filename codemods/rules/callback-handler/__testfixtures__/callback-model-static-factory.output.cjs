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

  // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: callBackType → workflowExecution.definitionKey (derived: "9" for authentication). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
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
