// Ostsee Direktbank (Kiel): a saver who changes the payout IBAN of a fixed-term deposit confirms the change with a
// face login against the ID check of their account opening. Fastify 4 plugin, TypeScript, the global fetch (Node 20).
// House rule for third-party calls: they answer a Result and never throw into the route (tryCatch below), so each
// route says in plain code what a vendor failure means for the customer.
import type { FastifyInstance } from 'fastify';
import { findPendingIbanChange, markIbanChangeStepUp } from './db.js';

type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };

async function tryCatch<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

const NV_EU = 'https://lon.netverify.com';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.OSTSEE_NV_TOKEN}:${process.env.OSTSEE_NV_SECRET}`).toString('base64');

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default async function payoutIbanRoutes(app: FastifyInstance) {
  app.post('/deposits/:depositId/payout-iban/face-login', async (request, reply) => {
    const change = await findPendingIbanChange(request.params.depositId, request.user.customerId);
    if (!change) return reply.code(404).send({ error: 'no pending IBAN change for this deposit' });

    const outcome = await tryCatch(async () => {
      const res = await fetch(`${NV_EU}/api/authentication/v1/web/initiate`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: NV_BASIC,
          'User-Agent': 'OstseeDirekt-Festgeld/3.9',
        },
        body: JSON.stringify({
          enrollmentTransactionReference: change.customer.accountOpeningCheckRef,
          userReference: change.customer.customerNo,
          successUrl: `https://banking.ostsee-direkt.example/festgeld/iban/${change.id}/bestaetigt`,
          errorUrl: `https://banking.ostsee-direkt.example/festgeld/iban/${change.id}/abgebrochen`,
          locale: 'de',
          tokenLifetimeInMinutes: 20,
        }),
      });
      if (!res.ok) throw new Error(`face login not started: HTTP ${res.status}`);
      return (await res.json()) as FaceLoginStarted;
    });

    if (!outcome.ok) {
      // The change stays pending; the saver can retry from the same page.
      request.log.warn({ err: outcome.error, changeId: change.id }, 'IBAN change face login not started');
      return reply.code(503).send({ error: 'Bitte versuchen Sie es in einigen Minuten erneut.' });
    }

    await markIbanChangeStepUp(change.id, outcome.value.transactionReference, outcome.value.timestamp);
    return reply.code(201).send({ faceLoginUrl: outcome.value.redirectUrl });
  });
}
