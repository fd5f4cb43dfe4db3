// Jumio notifications for the Pellucid Bank app (EU data centre). Jumio posts both kinds of callback to this one URL,
// set once per API user in the Customer Portal: the ID verification of account opening and the face login that
// approves a new payee. Both arrive form-encoded from Jumio's EU callback servers; callBackType says which one it is.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { recordFaceLoginResult, recordIdVerification } from './store.js';

// Jumio's EU callback servers (Customer Portal → Settings → Callback, IP addresses).
const JUMIO_CALLBACK_IPS = new Set(['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134']);

const app = Fastify({ logger: true, trustProxy: true });
await app.register(formbody, { bodyLimit: 256 * 1024 });

app.post('/callbacks/jumio', async (request, reply) => {
  if (!JUMIO_CALLBACK_IPS.has(request.ip)) return reply.code(403).send();

  switch (request.body.callBackType) {
    case 'NETVERIFYID': {
      const { jumioIdScanReference, merchantIdScanReference, verificationStatus, idScanStatus, idType, idCountry } = request.body;
      // identityVerification is a JSON string inside the form.
      const identity = request.body.identityVerification ? JSON.parse(request.body.identityVerification) : null;
      await recordIdVerification(jumioIdScanReference, {
        customerId: merchantIdScanReference,
        approved: verificationStatus === 'APPROVED_VERIFIED' && idScanStatus === 'SUCCESS',
        status: verificationStatus,
        document: `${idCountry}/${idType}`,
        selfieMatch: identity?.similarity ?? null,
      });
      break;
    }
    case 'NETVERIFY_AUTHENTICATION': {
      const { transactionReference, enrollmentTransactionReference, transactionResult, userReference, callbackDate } = request.body;
      await recordFaceLoginResult(transactionReference, {
        enrolment: enrollmentTransactionReference,
        customerId: userReference,
        passed: transactionResult === 'PASSED',
        result: transactionResult,
        receivedAt: callbackDate,
      });
      break;
    }
    default:
      request.log.warn({ type: request.body.callBackType }, 'unexpected Jumio callback type');
  }
  // Jumio retries anything but a 200.
  return reply.code(200).send('OK');
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
