// Card acquirer notifications for the Pellucid Bank card top-up (Northpay). Northpay posts both kinds of notification
// to this one URL, set once per merchant account in its back office: the payment result of a top-up and the 3-D Secure
// authentication that precedes it. Both arrive form-encoded from Northpay's servers; eventType says which one it is.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { recordCardPayment, recordThreeDsOutcome } from './store.js';

// Northpay's notification servers (merchant back office → Integration → Notifications, IP addresses).
const NORTHPAY_NOTIFY_IPS = new Set(['185.60.20.11', '185.60.20.12', '185.60.21.40', '185.60.21.41']);

const app = Fastify({ logger: true, trustProxy: true });
await app.register(formbody, { bodyLimit: 256 * 1024 });

app.post('/callbacks/northpay', async (request, reply) => {
  if (!NORTHPAY_NOTIFY_IPS.has(request.ip)) return reply.code(403).send();

  switch (request.body.eventType) {
    case 'PAYMENT_RESULT': {
      const { transactionReference, merchantReference, transactionResult, amount, currency } = request.body;
      // acquirerData is a JSON string inside the form.
      const acquirer = request.body.acquirerData ? JSON.parse(request.body.acquirerData) : null;
      await recordCardPayment(transactionReference, {
        topUpId: merchantReference,
        approved: transactionResult === 'APPROVED',
        result: transactionResult,
        amount: `${currency} ${amount}`,
        authCode: acquirer?.authCode ?? null,
      });
      break;
    }
    case 'THREE_DS_AUTHENTICATION': {
      const { transactionReference, merchantReference, transactionResult, eci, transactionDate } = request.body;
      await recordThreeDsOutcome(transactionReference, {
        topUpId: merchantReference,
        authenticated: transactionResult === 'Y' || transactionResult === 'A',
        result: transactionResult,
        eci,
        receivedAt: transactionDate,
      });
      break;
    }
    default:
      request.log.warn({ type: request.body.eventType }, 'unexpected Northpay notification type');
  }
  // Northpay retries anything but a 200.
  return reply.code(200).send('OK');
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
