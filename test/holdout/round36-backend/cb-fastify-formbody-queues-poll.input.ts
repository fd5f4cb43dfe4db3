// Face login callback of the transfer step-up service (EU data centre). The vendor posts its form here; the handler
// does not act on the posted result: it records the notice, queues an immediate retrieval poll for the reference
// (the poller releases or cancels the transfer) and answers 200 at once, as the callback guide asks.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { queueFaceLoginPoll, recordFaceLoginNotice } from './store.js';

const JUMIO_EU_CALLBACK_IPS = ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'];

interface FaceLoginCallbackForm {
  callBackType: string;
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
  callbackDate: string;
  userReference?: string;
}

export function buildStepUpCallbackServer() {
  const app = Fastify({ logger: true, trustProxy: true });
  app.register(formbody);

  app.post<{ Body: FaceLoginCallbackForm }>('/hooks/identity/step-up', async (request, reply) => {
    if (!JUMIO_EU_CALLBACK_IPS.includes(request.ip)) {
      request.log.warn({ ip: request.ip }, 'step-up callback from an unknown source');
      return reply.code(403).send();
    }
    const { callBackType, transactionReference, transactionResult, transactionDate, callbackDate } = request.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return reply.code(204).send();

    await recordFaceLoginNotice(transactionReference, {
      reportedResult: transactionResult,
      transactionDate,
      callbackDate,
      receivedAt: new Date().toISOString(),
    });
    await queueFaceLoginPoll(transactionReference, { delayMs: 0 });
    return reply.code(200).send('OK');
  });

  return app;
}
