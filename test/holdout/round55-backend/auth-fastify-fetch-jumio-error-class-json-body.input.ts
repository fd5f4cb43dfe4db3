// Straits Trade Bank (SG) business banking: a transfer above the company's daily limit is released by the
// authoriser's face login. Fastify 4, TypeScript, the global fetch. The vendor's refusal travels as a JumioError to
// the app's error handler, which answers with our own codes; its body is only ever logged.
import Fastify from 'fastify';
import { findTransfer, saveTransferFaceLogin, type Transfer } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.STRAITS_NV_TOKEN}:${process.env.STRAITS_NV_SECRET}`).toString('base64');

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class JumioError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`identity vendor answered ${status}`);
    this.name = 'JumioError';
  }
}

async function startFaceLogin(transfer: Transfer): Promise<FaceLoginStart> {
  const res = await fetch(NV_SG_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: NV_BASIC,
      'User-Agent': 'StraitsTrade-Transfers/3.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: transfer.customer.enrolmentReference,
      userReference: transfer.customer.customerNo,
      successUrl: `https://biz.straitstrade.example/transfers/${transfer.id}/released`,
      errorUrl: `https://biz.straitstrade.example/transfers/${transfer.id}/held`,
      locale: 'en-GB',
      tokenLifetimeInMinutes: 10,
    }),
  });
  if (!res.ok) {
    // Usually a JSON object naming the field it did not like; sometimes an HTML error page from the edge.
    const body = await res.json().catch(() => ({}));
    throw new JumioError(res.status, body);
  }
  return (await res.json()) as FaceLoginStart;
}

export const app = Fastify({ logger: true });

app.post('/transfers/:transferId/release/face-login', async (request, reply) => {
  const { transferId } = request.params as { transferId: string };
  const transfer = await findTransfer(transferId);
  const started = await startFaceLogin(transfer);
  await saveTransferFaceLogin(transfer.id, started.transactionReference, started.timestamp);
  return reply.code(201).send({ faceLoginUrl: started.redirectUrl });
});

app.setErrorHandler((error, request, reply) => {
  if (error instanceof JumioError) {
    request.log.warn({ status: error.status, vendor: error.body }, 'face login start refused');
    switch (error.status) {
      case 400:
        return reply.code(409).send({ code: 'AUTHORISER_NOT_ENROLLED' });
      case 401:
      case 403:
        return reply.code(503).send({ code: 'FACE_LOGIN_UNAVAILABLE' });
      default:
        return reply.code(502).send({ code: 'FACE_LOGIN_FAILED' });
    }
  }
  return reply.send(error);
});
