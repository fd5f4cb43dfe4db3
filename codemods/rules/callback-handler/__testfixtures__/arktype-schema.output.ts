import express from 'express';
import { type } from 'arktype';
import { saveAuthentication } from './store';

// arktype: the schema is a function returning the validated form; the callback type is pinned (quoted) in it.
const FaceLoginResult = type({
  callBackType: "'NETVERIFY_AUTHENTICATION'",
  transactionReference: 'string',
  transactionResult: "'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED'",
  'enrollmentTransactionReference?': 'string',
});

export const router = express.Router();

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
router.post('/face-login/result', express.urlencoded({ extended: false }), async (req, res) => {
  const form = FaceLoginResult(req.body);
  if (form instanceof type.errors) return res.status(400).send(form.summary);
  await saveAuthentication(form.transactionReference, { passed: form.transactionResult === 'PASSED' });
  res.sendStatus(200);
});
