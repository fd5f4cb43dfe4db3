// Birchwood Federal (US) payments API: a transfer to a new payee is confirmed with a face login. Fastify 4 plugin,
// Node's fetch. The preHandler starts the face login and leaves the vendor's answer on the request (decorated below),
// so that the route handler only persists the step-up and answers the app.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findTransfer, saveTransferStepUp } from './db.js';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    faceLogin: FaceLoginStarted | null;
  }
}

const NV_US_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.BIRCHWOOD_NV_TOKEN}:${process.env.BIRCHWOOD_NV_SECRET}`).toString('base64')}`;

type TransferRequest = FastifyRequest<{ Params: { transferId: string } }>;

async function startFaceLogin(request: TransferRequest, reply: FastifyReply) {
  const transfer = await findTransfer(request.params.transferId);
  if (!transfer) return reply.code(404).send({ error: 'unknown transfer' });

  const res = await fetch(NV_US_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: NV_BASIC,
      'User-Agent': 'Birchwood-Payments/5.3',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: transfer.owner.netverifyEnrollment,
      userReference: transfer.owner.memberNo,
      successUrl: `https://online.birchwood.example/transfers/${transfer.id}/confirmed`,
      errorUrl: `https://online.birchwood.example/transfers/${transfer.id}/not-confirmed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 10,
    }),
  });
  if (!res.ok) return reply.code(502).send({ error: 'face login unavailable' });

  request.faceLogin = (await res.json()) as FaceLoginStarted;
}

export default async function transferFaceLogin(app: FastifyInstance) {
  app.decorateRequest('faceLogin', null);

  app.post('/transfers/:transferId/face-login', { preHandler: startFaceLogin }, async (request: TransferRequest, reply: FastifyReply) => {
    const started = request.faceLogin!;
    await saveTransferStepUp(request.params.transferId, started.transactionReference, started.timestamp);
    return reply.code(201).send({ faceLoginUrl: started.redirectUrl });
  });
}
