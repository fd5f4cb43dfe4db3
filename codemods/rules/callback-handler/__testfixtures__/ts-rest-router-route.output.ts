// ts-rest (Fastify adapter): the face-login callback route of the hooks contract, nested under `jumio`.
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/fastify';
import { z } from 'zod';
import { recordFaceLogin } from './face-login-store.js';

const c = initContract();
export const hooks = c.router({
  jumio: {
    faceLogin: {
      method: 'POST',
      path: '/hooks/face-login',
      contentType: 'application/x-www-form-urlencoded',
      body: z.object({ transactionReference: z.string(), transactionResult: z.string() }),
      responses: { 200: z.null() },
    },
  },
});

const s = initServer();
export const hooksRouter = s.router(hooks, {
  jumio: {
    // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval); enrollmentTransactionReference → gone (lost: closest is account.id; keep your own mapping). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
    faceLogin: async ({ body }) => {
      await recordFaceLogin(body.transactionReference, body.transactionResult, body.enrollmentTransactionReference);
      return { status: 200, body: null };
    },
  },
});
