// Express with an arktype schema of the callback form.
import express from 'express';
import { type } from 'arktype';
import { saveResult } from './store.js';

const Callback = type({
  callBackType: "'NETVERIFY_AUTHENTICATION'",
  transactionReference: 'string',
  transactionResult: "'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED'",
  'idScanImageFace?': 'string',
});

export const app = express();
app.post('/face-login/callback', express.urlencoded({ extended: false }), async (req, res) => {
  const out = Callback(req.body);
  if (out instanceof type.errors) return res.status(400).send(out.summary);
  await saveResult(out.transactionReference, { result: out.transactionResult, face: out.idScanImageFace });
  res.sendStatus(200);
});
