// Hapi route: the legacy authentication callback, form-encoded, parsed by hapi into request.payload.
import type { Server } from '@hapi/hapi';
import { recordFaceLogin } from './store';

export function registerJumioCallback(server: Server) {
  server.route({
    method: 'POST',
    path: '/callbacks/face-login',
    options: { auth: false, payload: { parse: true, allow: 'application/x-www-form-urlencoded' } },
    handler: async (request, h) => {
      const p = request.payload as Record<string, string>;
      if (p.callBackType !== 'NETVERIFY_AUTHENTICATION') return h.response().code(204);
      await recordFaceLogin(p.transactionReference, {
        result: p.transactionResult,
        enrollment: p.enrollmentTransactionReference,
        date: p.transactionDate,
      });
      return h.response('OK').code(200);
    },
  });
}
