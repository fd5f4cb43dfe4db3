// A callback route validated with valibot (functions imported by name, the object inside a pipe); the route does not
// name the vendor and the handler reads only the reference and the result: the schema's pinned type proves it.
import express from 'express';
import { literal, object, optional, pipe, safeParse, string } from 'valibot';
import { saveAuthentication } from './store';

const AuthCallback = pipe(
  object({
    callBackType: literal('NETVERIFY_AUTHENTICATION'),
    transactionReference: string(),
    transactionResult: string(),
    userReference: optional(string()),
  }),
);

export const router = express.Router();

router.post('/webhooks/step-up', express.urlencoded({ extended: false }), async (req, res) => {
  const parsed = safeParse(AuthCallback, req.body);
  if (!parsed.success) return res.sendStatus(400);
  await saveAuthentication(parsed.output.transactionReference, { passed: parsed.output.transactionResult === 'PASSED' });
  res.sendStatus(200);
});
