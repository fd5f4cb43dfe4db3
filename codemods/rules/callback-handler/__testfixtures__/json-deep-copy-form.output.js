// The handler reads the form through a JSON round trip of req.body: the copy's reads are the handler's reads, named
// in the item.
const express = require('express');

const app = express();
// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: callBackType → workflowExecution.definitionKey (derived: "9" for authentication); transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
app.post('/hooks/face-login', express.urlencoded({ extended: false }), (req, res) => {
  const form = JSON.parse(JSON.stringify(req.body));
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  console.log(form.transactionReference, form.transactionResult);
  res.sendStatus(200);
});

module.exports = app;
