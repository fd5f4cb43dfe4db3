// Prairie Federal Credit Union (US): a member raises a card limit at a branch kiosk or in the mobile app and confirms
// it with a selfie against the ID check from membership. Fastify plugin, TypeScript, got.
import type { FastifyInstance } from 'fastify';
import got from 'got';
import { findMemberForLimitChange, saveLimitChangeSession } from './store.js';

const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

type InitiateResult = { timestamp: string; redirectUrl: string; transactionReference: string };

export default async function limitChangeRoutes(app: FastifyInstance) {
  app.post('/cards/:cardId/limit-change/face-login', async (request: any, reply: any) => {
    const { cardId } = request.params as { cardId: string };
    // Set by the kiosk's reverse proxy only; the app never sends it.
    const terminalId: string | undefined = request.headers['x-kiosk-terminal'];
    const kiosk = terminalId !== undefined;

    const member = await findMemberForLimitChange(cardId);
    if (!member) return reply.code(404).send({ error: 'unknown card' });

    // No landing pages: the kiosk and the app both poll the status route, and the result arrives by callback.
    const started = await got
      .post(INITIATE, {
        json: {
          enrollmentTransactionReference: member.netverifyEnrollmentRef,
          userReference: member.memberId,
          callbackUrl: 'https://api.prairiefcu.example/hooks/netverify/limit-change',
          locale: 'en_US',
          // A kiosk session must not outlive the member standing at the terminal.
          tokenLifetimeInMinutes: kiosk ? 3 : 20,
        },
        username: process.env.PFCU_NV_TOKEN,
        password: process.env.PFCU_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'PrairieFCU-Cards/5.3' },
      })
      .json<InitiateResult>();

    await saveLimitChangeSession(cardId, started.transactionReference, terminalId ?? null);
    return reply.code(201).send({ next: started.redirectUrl, kiosk });
  });
}
