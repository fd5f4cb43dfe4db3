// Face login on the Velden Bank web app (EU data centre). While the customer is in the Jumio web client, the page
// keeps an EventSource open on /face-login/:session/events; Jumio's authentication callback arrives here form-encoded
// and its outcome is written to that stream, so the page moves on by itself. Jumio can call back before the browser
// has reconnected (mobile Safari drops the stream while the camera is open): a result that finds no stream is kept
// for two minutes and written as soon as the page comes back.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { recordFaceLoginResult } from './store.js';

const KEEP_UNDELIVERED_MS = 120_000;

/** login session → the raw response of the page waiting for its face login */
const waiting = new Map();
/** login session → { payload, expires } of a result no page was waiting for */
const undelivered = new Map();

const app = Fastify({ logger: true, trustProxy: true });
await app.register(formbody, { bodyLimit: 64 * 1024 });

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

app.post('/netverify/authentication-callback', async (request, reply) => {
  const { transactionReference, transactionResult, transactionDate, scanSource, userReference } = request.body;
  await recordFaceLoginResult(transactionReference, { result: transactionResult, decidedAt: transactionDate, channel: scanSource });

  // What the page needs: which face login, and whether to continue or fall back to the card reader.
  const payload = { reference: transactionReference, outcome: transactionResult, passed: transactionResult === 'PASSED' };
  const res = userReference ? waiting.get(userReference) : undefined;
  if (res) {
    res.write(`data: ${JSON.stringify(payload)}\n\n`);
    res.end();
    waiting.delete(userReference);
  } else if (userReference) {
    undelivered.set(userReference, { payload, expires: Date.now() + KEEP_UNDELIVERED_MS });
  }
  return reply.code(200).send('OK');
});

setInterval(() => {
  const now = Date.now();
  for (const [session, entry] of undelivered) if (entry.expires <= now) undelivered.delete(session);
}, 60_000).unref();

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
