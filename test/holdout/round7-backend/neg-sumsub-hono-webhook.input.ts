import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { saveAuthenticationResult } from './store.js';

const app = new Hono();

app.post('/webhooks/sumsub', async (c) => {
  const raw = await c.req.text();
  const digest = createHmac('sha256', process.env.SUMSUB_WEBHOOK_SECRET!).update(raw).digest('hex');
  const given = c.req.header('x-payload-digest') ?? '';
  if (given.length !== digest.length || !timingSafeEqual(Buffer.from(given), Buffer.from(digest))) return c.text('bad signature', 401);
  const event = JSON.parse(raw) as {
    type: string;
    applicantId: string;
    externalUserId: string;
    reviewResult?: { reviewAnswer: 'GREEN' | 'RED' };
    transactionReference?: string;
  };
  if (event.type === 'applicantReviewed') {
    await saveAuthenticationResult(event.transactionReference ?? event.applicantId, {
      user: event.externalUserId,
      transactionResult: event.reviewResult?.reviewAnswer === 'GREEN' ? 'PASSED' : 'FAILED',
    });
  }
  return c.text('ok');
});

export default app;
