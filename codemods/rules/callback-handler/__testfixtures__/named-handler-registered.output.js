// A named handler with generic field names; the call that registers it names the provider.
import { Router } from 'express';
import bodyParser from 'body-parser';

const router = Router();

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval); userReference → userReference (exact: unchanged); transactionReference → workflowExecution.id (exact: renamed). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
function handleAuthCallback(req, res) {
  const payload = req.body;
  switch (payload.transactionResult) {
    case 'PASSED':
      req.app.emit('stepup:passed', payload.userReference, payload.transactionReference);
      break;
    case 'EXPIRED':
      req.app.emit('stepup:expired', payload.userReference);
      break;
    default:
      req.app.emit('stepup:failed', payload.userReference, payload.transactionResult);
  }
  res.status(200).end();
}

router.route('/netverify/callback').post(bodyParser.urlencoded({ extended: true }), handleAuthCallback);

export default router;
