// Harbourline Bank (NL) business banking: the face-login results of payment approvals. Fastify 4 with
// @fastify/formbody (the vendor posts an HTML form). A result must never be lost: if we cannot store it we answer
// 503 so it is posted again; a result for an approval we do not know is parked for the operations desk (sending it
// again would not make the approval appear) and acknowledged.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { parkOrphanFaceLogin, settlePaymentApproval, StepUpNotFoundError } from './db.js';

interface FaceLoginResultForm {
  callBackType: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  idScanImageFace?: string;
}

export const app = Fastify({ logger: true });
app.register(formbody);

app.post('/hooks/payment-approvals/face-login', async (request, reply) => {
  const form = request.body as FaceLoginResultForm;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return reply.code(204).send();
  }

  try {
    await settlePaymentApproval(form.transactionReference, {
      approved: form.transactionResult === 'PASSED',
      decidedAt: new Date(form.transactionDate),
    });
  } catch (err) {
    if (err instanceof StepUpNotFoundError) {
      // The desk matches orphans by the customer's enrolment and, if needed, by the face image.
      await parkOrphanFaceLogin({
        reference: form.transactionReference,
        enrolment: form.enrollmentTransactionReference,
        result: form.transactionResult,
        faceImage: form.idScanImageFace ?? null,
      });
      return reply.code(200).send('PARKED');
    }
    // The database failing over, a lock timeout: not stored, so ask for it again.
    request.log.error({ err, reference: form.transactionReference }, 'face login result not stored');
    return reply.code(503).send();
  }

  return reply.code(200).send('OK');
});
