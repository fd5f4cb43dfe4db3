// The identity team's own gateway keeps the legacy path for old mobile apps: its own Fastify route, answered by its
// own KYX-backed service.
import type { FastifyInstance } from 'fastify';
import { startKyxFaceLogin } from './kyx-face-login.js';

export default async function legacyCompat(app: FastifyInstance) {
  await app.register(async (scope) => {
    scope.post<{ Body: { enrollmentTransactionReference: string; userReference: string; successUrl?: string } }>(
      '/api/authentication/v1/web/initiate',
      async (req) => {
        const started = await startKyxFaceLogin(req.body.enrollmentTransactionReference, req.body.userReference, req.body.successUrl);
        return { timestamp: new Date().toISOString(), redirectUrl: started.href, transactionReference: started.workflowExecutionId };
      },
    );
  }, { prefix: '/compat' });
}
