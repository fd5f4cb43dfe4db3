// Result hook of the face login (Express 4, ESM). The form is put on a BullMQ queue for the worker that updates the
// member's session, and the hook answers at once.
import express from 'express';
import { Queue } from 'bullmq';

const faceLoginResults = new Queue('face-login-results', { connection: { host: process.env.REDIS_HOST ?? 'localhost' } });

export const webhooks = express.Router();

webhooks.post('/face-login-result', express.urlencoded({ extended: false }), async (req, res) => {
  const { transactionReference, enrollmentTransactionReference, transactionResult, callbackDate } = req.body;
  await faceLoginResults.add(
    'result',
    { reference: transactionReference, enrollment: enrollmentTransactionReference, result: transactionResult, receivedAt: callbackDate },
    { jobId: transactionReference },
  );
  res.sendStatus(202);
});

export const app = express();
app.use('/webhooks', webhooks);
