import type { FastifyInstance } from 'fastify';

interface LandingQuery {
  transactionStatus: 'SUCCESS' | 'ERROR';
  transactionReference: string;
  errorCode?: string;
}

export default async function identityLanding(app: FastifyInstance) {
  app.get<{ Querystring: LandingQuery }>('/kyc/landing', async (request, reply) => {
    const { transactionStatus, transactionReference, errorCode } = request.query;
    request.log.info({ transactionStatus, errorCode }, 'identity check finished');
    await app.kyc.saveAttempt(request.user.id, transactionReference, transactionStatus);
    return reply.view('kyc/landing', { ok: transactionStatus === 'SUCCESS', errorCode });
  });
}
