// Face login (EU data centre) for the Fjord Savings mobile app. `POST /face-login/start` answers with the page the app
// opens in its web view and the reference it polls with; the vendor's answer is shaped for the app by
// toFaceLoginSession, so the app never sees the vendor's field names.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { saveFaceLogin } from './store.js';

interface AuthStartResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface StartFaceLoginInput {
  memberId: string;
  enrolmentReference: string;
  locale?: string;
}

export interface FaceLoginSession {
  url: string;
  reference: string;
  startedAt: string;
  expiresAt: string;
}

const NETVERIFY_EU = 'https://lon.netverify.com';
// Must match the lifetime sent with the start request: the app shows a countdown until the page stops working.
const SESSION_MINUTES = 20;

const basicAuth = 'Basic ' + Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');

// The vendor's timestamp is when the session was created; the link stops working SESSION_MINUTES later. An answer
// without a reference has been seen once during an incident: the app then skips polling and waits for the push.
function toFaceLoginSession({ redirectUrl: url, transactionReference: reference = '', timestamp: startedAt }: AuthStartResponse): FaceLoginSession {
  const expiresAt = new Date(Date.parse(startedAt) + SESSION_MINUTES * 60_000).toISOString();
  return { url, reference, startedAt, expiresAt };
}

export async function startFaceLogin(input: StartFaceLoginInput): Promise<FaceLoginSession> {
  const res = await fetch(`${NETVERIFY_EU}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: basicAuth,
      'User-Agent': 'FjordSavings-FaceLogin/3.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: input.enrolmentReference,
      userReference: input.memberId,
      successUrl: 'https://app.fjordsavings.example/face-login/done',
      errorUrl: 'https://app.fjordsavings.example/face-login/failed',
      locale: input.locale ?? 'nb',
      tokenLifetimeInMinutes: 20,
    }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`face login start failed: HTTP ${res.status}`);

  const session = toFaceLoginSession((await res.json()) as AuthStartResponse);
  await saveFaceLogin(input.memberId, session.reference);
  return session;
}

export function buildFaceLoginServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  app.post('/face-login/start', async (request: FastifyRequest<{ Body: StartFaceLoginInput }>, reply: FastifyReply) => {
    const session = await startFaceLogin(request.body);
    return reply.code(201).send(session);
  });

  return app;
}
