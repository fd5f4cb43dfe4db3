import express from 'express';
import { type } from 'arktype';
import { saveAuthentication } from './store';

// arktype: the schema is a function returning the validated form; the callback type is pinned (quoted) in it.
const FaceLoginResult = type({
  callBackType: "'NETVERIFY_AUTHENTICATION'",
  transactionReference: 'string',
  transactionResult: "'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED'",
  'enrollmentTransactionReference?': 'string',
});

export const router = express.Router();

router.post('/face-login/result', express.urlencoded({ extended: false }), async (req, res) => {
  const form = FaceLoginResult(req.body);
  if (form instanceof type.errors) return res.status(400).send(form.summary);
  await saveAuthentication(form.transactionReference, { passed: form.transactionResult === 'PASSED' });
  res.sendStatus(200);
});
