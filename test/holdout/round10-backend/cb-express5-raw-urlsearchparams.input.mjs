// Express 5: the Jumio authentication callback read as a raw Buffer and parsed with URLSearchParams.
import express from 'express';
import { saveResult } from './store.js';

export const hooks = express.Router();

hooks.post('/hooks/face-result', express.raw({ type: 'application/x-www-form-urlencoded' }), async (req, res) => {
  const form = new URLSearchParams(req.body.toString('utf8'));
  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  await saveResult(form.get('transactionReference'), {
    enrollment: form.get('enrollmentTransactionReference'),
    result: form.get('transactionResult'),
    at: form.get('transactionDate'),
  });
  res.sendStatus(200);
});
