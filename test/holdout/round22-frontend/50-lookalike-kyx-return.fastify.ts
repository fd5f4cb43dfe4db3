import type { FastifyReply, FastifyRequest } from 'fastify';

type IdentityReturnQuery = {
  acquisitionStatus?: 'SUCCESS' | 'ERROR';
  workflowExecutionId?: string;
  accountId?: string;
  errorCode?: string;
};

// GET /identity/return (registered in routes/index.ts): web.successUrl and web.errorUrl of the KYX account update.
export async function identityReturn(request: FastifyRequest<{ Querystring: IdentityReturnQuery }>, reply: FastifyReply) {
  if (request.query.acquisitionStatus !== 'SUCCESS' || !request.query.workflowExecutionId) {
    const authFailed = request.query.errorCode === '9836';
    request.log.warn({ errorCode: request.query.errorCode, authFailed }, 'identity check failed');
    return reply.view('identity/failed', { errorCode: request.query.errorCode ?? null, authFailed });
  }
  await request.server.identity.confirm(request.user.id, request.query.accountId, request.query.workflowExecutionId);
  return reply.redirect('/account');
}
