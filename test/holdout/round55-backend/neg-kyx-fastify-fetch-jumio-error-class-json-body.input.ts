// Lionsgate Trade Bank (SG) business banking: a transfer above the company's daily limit is released by the
// authoriser's face login (KYX workflow 9 on the authoriser's account). Fastify 4, TypeScript, the global fetch. The
// vendor's refusal travels as a JumioError to the app's error handler, which answers with our own codes; its body is
// only ever logged.
import Fastify from 'fastify';
import { kyxBearer } from './kyx-token-cache.js';
import { findKyxTransfer, saveTransferWorkflow, type KyxTransfer } from './db.js';

const KYX_ACCOUNTS = 'https://account.apac-1.jumio.ai/api/v1/accounts';

interface FaceLoginStart {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export class JumioError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`identity vendor answered ${status}`);
    this.name = 'JumioError';
  }
}

async function startFaceLogin(transfer: KyxTransfer): Promise<FaceLoginStart> {
  const res = await fetch(`${KYX_ACCOUNTS}/${transfer.customer.kyxAccountId}`, {
    method: 'PUT',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxBearer('apac-1')}`,
      'User-Agent': 'LionsgateTrade-Transfers/2.4',
    },
    body: JSON.stringify({
      customerInternalReference: transfer.customer.customerNo,
      workflowDefinition: { key: 9, credentials: [{ id: transfer.customer.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: transfer.customer.customerNo,
      web: {
        successUrl: `https://biz.lionsgatetrade.example/transfers/${transfer.id}/released`,
        errorUrl: `https://biz.lionsgatetrade.example/transfers/${transfer.id}/held`,
        locale: 'en-GB',
      },
      tokenLifetime: '10m',
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
  const transfer = await findKyxTransfer(transferId);
  const started = await startFaceLogin(transfer);
  await saveTransferWorkflow(transfer.id, started.workflowExecution.id, started.timestamp);
  return reply.code(201).send({ faceLoginUrl: started.web.href });
});

app.setErrorHandler((error, request, reply) => {
  if (error instanceof JumioError) {
    request.log.warn({ status: error.status, vendor: error.body }, 'face login start refused');
    switch (error.status) {
      case 404:
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
