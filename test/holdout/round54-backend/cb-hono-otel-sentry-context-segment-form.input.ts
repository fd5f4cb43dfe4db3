// Tidewell Pharmacy (US): refilling a controlled-substance prescription online needs a face login, and the refill is
// held until the result comes in. This is the result hook (Hono on Node). The form's values go to the trace and to
// Segment (the refill funnel); the whole form goes on the Sentry scope, so any error while settling the hold shows
// exactly what the vendor sent.
import { Hono } from 'hono';
import { trace } from '@opentelemetry/api';
import * as Sentry from '@sentry/node';
import { Analytics } from '@segment/analytics-node';
import { settleRefillHold } from './db.js';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export const refillHooks = new Hono();

refillHooks.post('/hooks/refills/face-login', async (c) => {
  const form = await c.req.parseBody();
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return c.body(null, 204);

  const reference = String(form.transactionReference);
  const result = String(form.transactionResult);
  trace.getActiveSpan()?.setAttributes({ 'refill.face_login.reference': reference, 'refill.face_login.result': result });
  Sentry.setContext('faceLoginCallback', form);

  const hold = await settleRefillHold(reference, { passed: result === 'PASSED', decidedAt: String(form.transactionDate) });
  if (!hold) return c.text('unknown reference', 404);

  analytics.track({
    userId: String(form.userReference ?? hold.patientId),
    event: 'Refill Face Login Completed',
    properties: { holdId: hold.id, result, scanSource: form.scanSource },
  });
  return c.text('OK');
});
