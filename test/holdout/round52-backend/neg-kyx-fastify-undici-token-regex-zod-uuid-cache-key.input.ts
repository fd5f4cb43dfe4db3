// Redwood Ridge Securities (US) trading API: enabling margin trading is confirmed with a face login (KYX workflow 9).
// Fastify 4, undici. On a desktop the client finishes on the phone: the QR code shows a hand-off code, and the phone app
// swaps it for the web client's address through /face-login/handoff (another plugin), which finds it in Redis.
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { z } from 'zod';
import { findMarginApplication, marginHandoffCache, saveMarginStepUp } from './db.js';
import { kyxBearer } from './kyx-token-cache.js';

const KYX_ACCOUNTS = 'https://account.amer-1.jumio.ai/api/v1/accounts';

interface AccountUpdateAnswer {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

/** What the trading app gets back: where to send the browser, and the code the QR hand-off shows. */
interface FaceLoginHandoff {
  redirectUrl: string;
  handoffCode: string;
}

const WorkflowExecutionId = z.string().uuid();

async function startMarginFaceLogin(applicationId: string): Promise<FaceLoginHandoff> {
  const application = await findMarginApplication(applicationId);

  const { statusCode, body } = await request(`${KYX_ACCOUNTS}/${application.customer.kyxAccountId}`, {
    method: 'PUT',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${await kyxBearer('amer-1')}`,
      'user-agent': 'RedwoodRidge-Trading/3.3',
    },
    body: JSON.stringify({
      customerInternalReference: application.customer.accountNo,
      workflowDefinition: { key: 9, credentials: [{ id: application.customer.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: application.customer.accountNo,
      web: {
        successUrl: `https://trade.redwoodridge.example/margin/${application.id}/enabled`,
        errorUrl: `https://trade.redwoodridge.example/margin/${application.id}/not-enabled`,
        locale: 'en-US',
      },
      tokenLifetime: '30m',
    }),
  });
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`face login account update failed: HTTP ${statusCode}`);
  }
  const answer = (await body.json()) as AccountUpdateAnswer;

  const workflowExecutionId = WorkflowExecutionId.parse(answer.workflowExecution.id);
  // The web client's token is what the phone needs; the QR code only shows its last six characters.
  const token = /[?&]authorizationToken=([^&#]+)/.exec(answer.web.href)?.[1];
  if (!token) throw new Error('face login: no authorization token in the web client address');

  const handoffCode = token.slice(-6);
  await marginHandoffCache.set(`margin-facelogin:${application.customer.accountNo}:${handoffCode}`, JSON.stringify({ workflowExecutionId, redirectUrl: answer.web.href }), { EX: 30 * 60 });
  await saveMarginStepUp(application.id, workflowExecutionId, answer.timestamp);
  return { redirectUrl: answer.web.href, handoffCode };
}

export default async function marginFaceLogin(app: FastifyInstance) {
  app.post('/margin-applications/:applicationId/face-login', async (req, reply) => {
    const handoff = await startMarginFaceLogin(req.params.applicationId);
    return reply.code(201).send(handoff);
  });
}
