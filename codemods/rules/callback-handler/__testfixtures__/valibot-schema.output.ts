// A callback route validated with valibot (functions imported by name, the object inside a pipe); the route does not
// name the vendor and the handler reads only the reference and the result: the schema's pinned type proves it.
import express from 'express';
import { literal, object, optional, pipe, safeParse, string } from 'valibot';
import { saveAuthentication } from './store';

const AuthCallback = pipe(
  object({
    callBackType: literal('NETVERIFY_AUTHENTICATION'),
    transactionReference: string(),
    transactionResult: string(),
    userReference: optional(string()),
  }),
);

export const router = express.Router();

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
router.post('/webhooks/step-up', express.urlencoded({ extended: false }), async (req, res) => {
  const parsed = safeParse(AuthCallback, req.body);
  if (!parsed.success) return res.sendStatus(400);
  await saveAuthentication(parsed.output.transactionReference, { passed: parsed.output.transactionResult === 'PASSED' });
  res.sendStatus(200);
});
