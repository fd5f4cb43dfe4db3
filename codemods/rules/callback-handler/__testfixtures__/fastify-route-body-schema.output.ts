// Fastify routes whose body schema is applied by the route itself (TypeBox's Type.Object in the route options): its keys
// count like a DTO's, and the callback type pinned in it proves the legacy callback; the handler reads only two fields.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { Type } from '@sinclair/typebox';
import { saveFaceLogin } from './store';

const app = Fastify();
app.register(formbody);

const AuthCallback = Type.Object({
  callBackType: Type.Literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: Type.String(),
  transactionResult: Type.String(),
});

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
app.post('/hooks/auth', { schema: { body: AuthCallback } }, async (req, reply) => {
  const body = req.body as { transactionReference: string; transactionResult: string };
  await saveFaceLogin(body.transactionReference, body.transactionResult);
  return reply.code(200).send('OK');
});

app.route({
  method: 'POST',
  url: '/hooks/auth-v2',
  schema: { body: Type.Object({ transactionReference: Type.String(), transactionResult: Type.String(), idScanImageFace: Type.Optional(Type.String()) }) },
  // TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
  handler: async (req, reply) => {
    const body = req.body as { transactionReference: string; transactionResult: string };
    await saveFaceLogin(body.transactionReference, body.transactionResult);
    return reply.send('OK');
  },
});

export default app;
