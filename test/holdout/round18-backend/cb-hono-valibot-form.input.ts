// Hono with @hono/valibot-validator: the legacy authentication callback is validated as a form against a valibot
// schema pinning the callback type, then stored.
import { Hono } from 'hono';
import { vValidator } from '@hono/valibot-validator';
import * as v from 'valibot';
import { saveResult } from './store.js';

const FaceLoginCallback = v.object({
  callBackType: v.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: v.string(),
  enrollmentTransactionReference: v.string(),
  transactionResult: v.picklist(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  transactionDate: v.string(),
  callbackDate: v.string(),
  scanSource: v.optional(v.string()),
});

export const hooks = new Hono();

hooks.post('/hooks/face-auth', vValidator('form', FaceLoginCallback), async (c) => {
  const cb = c.req.valid('form');
  await saveResult(cb.transactionReference, {
    enrollment: cb.enrollmentTransactionReference,
    result: cb.transactionResult,
    at: cb.transactionDate,
  });
  return c.body(null, 200);
});
