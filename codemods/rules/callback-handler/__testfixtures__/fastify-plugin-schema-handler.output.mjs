const schema = {
  body: {
    type: 'object',
    properties: { callBackType: { type: 'string' }, transactionReference: { type: 'string' }, transactionResult: { type: 'string' } },
  },
};

export default async function jumioCallbacks(app) {
  // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: callBackType → workflowExecution.definitionKey (derived: "9" for authentication); transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
  async function onResult(request, reply) {
    const { callBackType, transactionReference, transactionResult } = request.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return reply.code(204).send();
    await app.db.results.save(transactionReference, transactionResult === 'PASSED');
    return reply.send('OK');
  }

  app.post('/jumio/callback', { schema }, onResult);
}
