// Birchwood Federal (US) business payments API, whose transfers are confirmed with Veridoc's face step-up instead:
// the preHandler starts the step-up with Veridoc and leaves its answer on the request (decorated
// below), the route handler persists it and answers the app.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findTransfer, saveTransferStepUp } from './db.js';

interface StepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    stepUp: StepUpStarted | null;
  }
}

const VERIDOC_INITIATE = 'https://api.us.veridoc.example/v2/face-authentication/initiate';
const VERIDOC_BASIC = `Basic ${Buffer.from(`${process.env.BIRCHWOOD_VERIDOC_KEY}:${process.env.BIRCHWOOD_VERIDOC_SECRET}`).toString('base64')}`;

type TransferRequest = FastifyRequest<{ Params: { transferId: string } }>;

async function startStepUp(request: TransferRequest, reply: FastifyReply) {
  const transfer = await findTransfer(request.params.transferId);
  if (!transfer) return reply.code(404).send({ error: 'unknown transfer' });

  const res = await fetch(VERIDOC_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: VERIDOC_BASIC,
      'User-Agent': 'Birchwood-Payments/5.3',
    },
    body: JSON.stringify({
      faceTemplateId: transfer.owner.memberNo,
      userReference: transfer.owner.memberNo,
      successUrl: `https://online.birchwood.example/transfers/${transfer.id}/confirmed`,
      errorUrl: `https://online.birchwood.example/transfers/${transfer.id}/not-confirmed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 10,
    }),
  });
  if (!res.ok) return reply.code(502).send({ error: 'step-up unavailable' });

  request.stepUp = (await res.json()) as StepUpStarted;
}

export default async function transferStepUp(app: FastifyInstance) {
  app.decorateRequest('stepUp', null);

  app.post('/transfers/:transferId/step-up', { preHandler: startStepUp }, async (request: TransferRequest, reply: FastifyReply) => {
    const started = request.stepUp!;
    await saveTransferStepUp(request.params.transferId, started.transactionReference, started.timestamp);
    return reply.code(201).send({ stepUpUrl: started.redirectUrl });
  });
}
