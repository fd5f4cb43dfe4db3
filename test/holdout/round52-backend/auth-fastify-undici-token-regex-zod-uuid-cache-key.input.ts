// Bluestem Brokerage (US) trading API: enabling options trading is confirmed with a face login. Fastify 4, undici.
// On a desktop the client finishes on the phone: the QR code shows a hand-off code, and the phone app swaps it for the
// web client's address through /face-login/handoff (another plugin), which finds it in Redis under that code.
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { z } from 'zod';
import { findOptionsApplication, handoffCache, saveOptionsStepUp } from './db.js';

const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const NETVERIFY_BASIC = 'Basic ' + Buffer.from(`${process.env.BLUESTEM_NV_TOKEN}:${process.env.BLUESTEM_NV_SECRET}`).toString('base64');

interface InitiateAnswer {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

/** What the trading app gets back: where to send the browser, and the code the QR hand-off shows. */
interface FaceLoginHandoff {
  redirectUrl: string;
  handoffCode: string;
}

const TransactionReference = z.string().uuid();

async function startOptionsFaceLogin(applicationId: string): Promise<FaceLoginHandoff> {
  const application = await findOptionsApplication(applicationId);

  const { statusCode, body } = await request(NETVERIFY_INITIATE, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: NETVERIFY_BASIC,
      'user-agent': 'Bluestem-Trading/6.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: application.customer.kycReference,
      userReference: application.customer.accountNo,
      successUrl: `https://trade.bluestem.example/options/${application.id}/enabled`,
      errorUrl: `https://trade.bluestem.example/options/${application.id}/not-enabled`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 30,
    }),
  });
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`face login initiate failed: HTTP ${statusCode}`);
  }
  const answer = (await body.json()) as InitiateAnswer;

  const reference = TransactionReference.parse(answer.transactionReference);
  // The web client's token is what the phone needs; the QR code only shows its last six characters.
  const token = /[?&]authorizationToken=([^&#]+)/.exec(answer.redirectUrl)?.[1];
  if (!token) throw new Error('face login: no authorization token in the web client address');

  const handoffCode = token.slice(-6);
  await handoffCache.set(`options-facelogin:${application.customer.accountNo}:${handoffCode}`, JSON.stringify({ reference, redirectUrl: answer.redirectUrl }), { EX: 30 * 60 });
  await saveOptionsStepUp(application.id, reference, answer.timestamp);
  return { redirectUrl: answer.redirectUrl, handoffCode };
}

export default async function optionsFaceLogin(app: FastifyInstance) {
  app.post('/options-applications/:applicationId/face-login', async (req, reply) => {
    const handoff = await startOptionsFaceLogin(req.params.applicationId);
    return reply.code(201).send(handoff);
  });
}
