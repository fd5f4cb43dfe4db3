// Bluebonnet Federal Credit Union (US) card controls API: a card that the fraud engine froze is unfrozen only after a
// face login. Fastify 4 with its pino logger, undici. From the moment the face login exists, every log line of the
// unfreeze carries its reference, so the fraud desk can follow one unfreeze from the request to the vendor's result.
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { request } from 'undici';
import { findFrozenCard, saveUnfreezeStepUp } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.BLUEBONNET_NV_TOKEN}:${process.env.BLUEBONNET_NV_SECRET}`).toString('base64');

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

async function startUnfreezeFaceLogin(cardId: string, log: FastifyBaseLogger): Promise<string> {
  const card = await findFrozenCard(cardId);

  const { statusCode, body } = await request(NV_INITIATE, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: NV_BASIC,
      'user-agent': 'Bluebonnet-CardControls/5.2',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: card.holder.enrollmentReference,
      userReference: card.holder.memberNo,
      successUrl: `https://online.bluebonnetfcu.example/cards/${card.id}/unfrozen`,
      errorUrl: `https://online.bluebonnetfcu.example/cards/${card.id}/still-frozen`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 20,
    }),
  });
  if (statusCode !== 200) {
    await body.dump();
    log.warn({ cardId, statusCode }, 'unfreeze face login could not be started');
    throw new Error(`face login initiate failed: HTTP ${statusCode}`);
  }
  const started = (await body.json()) as FaceLoginStarted;

  // Every line from here on names the face login (pino child bindings).
  const stepLog = log.child({ cardId: card.id, faceLoginRef: started.transactionReference });
  stepLog.info({ startedAt: started.timestamp }, 'unfreeze face login started');

  await saveUnfreezeStepUp(card.id, started.transactionReference);
  stepLog.debug('unfreeze step-up saved');
  return started.redirectUrl;
}

export default async function cardUnfreezeRoutes(app: FastifyInstance) {
  app.post('/cards/:cardId/unfreeze/face-login', async (req, reply) => {
    const faceLoginUrl = await startUnfreezeFaceLogin(req.params.cardId, req.log);
    return reply.code(201).send({ faceLoginUrl });
  });
}
