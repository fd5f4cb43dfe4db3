import type { FastifyReply, FastifyRequest } from 'fastify';

type IdentityReturnQuery = {
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
  errorCode?: string;
};

// GET /identity/return (registered in routes/index.ts): the identity check's successUrl and errorUrl.
export async function identityReturn(request: FastifyRequest<{ Querystring: IdentityReturnQuery }>, reply: FastifyReply) {
  if (request.query.transactionStatus !== 'SUCCESS' || !request.query.transactionReference) {
    request.log.warn({ errorCode: request.query.errorCode }, 'identity check failed');
    return reply.view('identity/failed', { errorCode: request.query.errorCode ?? null });
  }
  await request.server.identity.confirm(request.user.id, request.query.transactionReference);
  return reply.redirect('/account');
}
