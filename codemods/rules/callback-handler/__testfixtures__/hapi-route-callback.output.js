'use strict';
// hapi route objects holding a handler that reads the legacy authentication callback form: in place, under options
// (in an array of routes, as a method), and a function of the file the route names as its handler.
const Hapi = require('@hapi/hapi');
const { recordAuthentication } = require('./store');

const init = async () => {
  const server = Hapi.server({ port: 3000 });

  server.route({
    method: 'POST',
    path: '/jumio/callback',
    // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
    handler: async (request, h) => {
      const { transactionReference, transactionResult } = request.payload;
      await recordAuthentication(transactionReference, transactionResult === 'PASSED');
      return h.response().code(200);
    },
  });

  server.route([
    { method: 'GET', path: '/health', handler: () => 'ok' },
    {
      method: 'POST',
      path: '/netverify/auth-callback',
      options: {
        payload: { parse: true },
        // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
        handler(request, h) {
          recordAuthentication(request.payload.transactionReference, request.payload.transactionResult === 'PASSED');
          return h.response().code(200);
        },
      },
    },
  ]);

  server.route({ method: 'POST', path: '/jumio/auth-result', options: { handler: authenticationResult } });

  await server.start();
};

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
function authenticationResult(request, h) {
  const form = request.payload;
  recordAuthentication(form.transactionReference, form.transactionResult === 'PASSED');
  return h.response().code(204);
}

init();
