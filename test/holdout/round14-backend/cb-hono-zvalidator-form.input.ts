// Hono with @hono/zod-validator on the 'form' target; the handler reads c.req.valid('form').
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { saveResult } from './store.js';

const FaceLoginCallback = z.object({
  callBackType: z.literal('NETVERIFY_AUTHENTICATION'),
  transactionReference: z.string(),
  enrollmentTransactionReference: z.string(),
  transactionResult: z.enum(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  scanSource: z.string().optional(),
});

export const callbacks = new Hono().post('/face-login', zValidator('form', FaceLoginCallback), async (c) => {
  const form = c.req.valid('form');
  await saveResult(form.transactionReference, { result: form.transactionResult, source: form.scanSource });
  return c.body(null, 200);
});
