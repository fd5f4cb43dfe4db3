// Face login on the Velden Bank web app (EU, Jumio KYX platform). While the customer is in the web client, the page
// keeps an EventSource open on /face-login/:session/events; KYX posts its JSON callback here with the workflow
// status only, so we read the decision from the retrieval API and write the outcome to that stream. KYX can call back
// before the browser has reconnected (mobile Safari drops the stream while the camera is open): a result that finds
// no stream is kept for two minutes and written as soon as the page comes back.
import Fastify from 'fastify';
import { recordFaceLoginResult } from './store.js';

const KEEP_UNDELIVERED_MS = 120_000;
const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';

/** login session → the raw response of the page waiting for its face login */
const waiting = new Map();
/** login session → { payload, expires } of a result no page was waiting for */
const undelivered = new Map();

let cachedToken = { value: '', expires: 0 };
async function kyxToken() {
  if (cachedToken.expires > Date.now() + 60_000) return cachedToken.value;
  const client = Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64');
  const res = await fetch(KYX_TOKEN_URL, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${client}` },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: ${res.status}`);
  const { access_token, expires_in } = await res.json();
  cachedToken = { value: access_token, expires: Date.now() + expires_in * 1000 };
  return access_token;
}

const app = Fastify({ logger: true, trustProxy: true });

app.get('/face-login/:session/events', (request, reply) => {
  const { session } = request.params;
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 3000\n\n');

  const early = undelivered.get(session);
  if (early && early.expires > Date.now()) {
    undelivered.delete(session);
    res.write(`data: ${JSON.stringify(early.payload)}\n\n`);
    res.end();
    return;
  }

  waiting.set(session, res);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  request.raw.on('close', () => {
    clearInterval(heartbeat);
    if (waiting.get(session) === res) waiting.delete(session);
  });
});

app.post('/jumio/authentication-callback', async (request, reply) => {
  const { workflowExecution, account, userReference } = request.body;
  let decision = workflowExecution.status;
  if (workflowExecution.status === 'PROCESSED') {
    const details = await fetch(workflowExecution.href, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'VeldenBank-Web/12.0' },
    }).then((r) => r.json());
    decision = details.capabilities?.authentication?.[0]?.decision?.type ?? 'NOT_EXECUTED';
  }
  await recordFaceLoginResult(workflowExecution.id, { account: account.id, status: workflowExecution.status, decision });

  // What the page needs: which face login, and whether to continue or fall back to the card reader.
  const payload = { reference: workflowExecution.id, outcome: decision, passed: decision === 'PASSED' };
  const res = userReference ? waiting.get(userReference) : undefined;
  if (res) {
    res.write(`data: ${JSON.stringify(payload)}\n\n`);
    res.end();
    waiting.delete(userReference);
  } else if (userReference) {
    undelivered.set(userReference, { payload, expires: Date.now() + KEEP_UNDELIVERED_MS });
  }
  return reply.code(200).send();
});

setInterval(() => {
  const now = Date.now();
  for (const [session, entry] of undelivered) if (entry.expires <= now) undelivered.delete(session);
}, 60_000).unref();

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
