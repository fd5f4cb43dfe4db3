// Bun.serve with a routes table: the path key names Jumio ('/webhooks/jumio/face-login'), as an app.post() path does,
// so a handler reading transactionResult and transactionReference from the form is the legacy authentication callback
// (hold-out round 18, cb-bun-serve-routes-table). A handler keyed by the path alone is read the same way.
declare const Bun: { serve(options: unknown): unknown; env: Record<string, string | undefined> };
declare function saveResult(reference: string, result: unknown): Promise<void>;

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  routes: {
    '/healthz': new Response('ok'),
    '/webhooks/jumio/face-login': {
      // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval); callbackDate → callbackSentAt (exact: renamed). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
      POST: async (req: Request) => {
        const form = await req.formData();
        const reference = String(form.get('transactionReference'));
        await saveResult(reference, { result: form.get('transactionResult'), at: form.get('callbackDate') });
        return new Response(null, { status: 200 });
      },
    },
    // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
    '/netverify/face-login-result': async (req: Request) => {
      const form = await req.formData();
      await saveResult(String(form.get('transactionReference')), form.get('transactionResult'));
      return new Response(null, { status: 200 });
    },
  },
  fetch: () => new Response('not found', { status: 404 }),
});
