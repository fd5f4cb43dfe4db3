// Nitro / h3 route: the form fields come from `await readBody(event)`; the item lists the fields read.
import { defineEventHandler, readBody } from 'h3';

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: callBackType → workflowExecution.definitionKey (derived: "9" for authentication); transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval); transactionDate → retrieval createdAt (derived: retrieval call needed). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
export default defineEventHandler(async (event) => {
  const body = await readBody<Record<string, string>>(event);
  if (body.callBackType !== 'NETVERIFY_AUTHENTICATION') return 'ignored';
  await saveResult(body.transactionReference, body.transactionResult, body.transactionDate);
  return 'OK';
});

declare function saveResult(ref: string, result: string, date: string): Promise<void>;
