// Hono route: the Jumio answer is validated before use.
import { Hono } from 'hono';
import { z } from 'zod';

const InitiateResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string().uuid(),
});

const app = new Hono();

app.post('/api/verify', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const res = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
      'User-Agent': 'Fourth Coffee Rewards/1.5',
    },
    body: JSON.stringify({ customerInternalReference: userId, workflowId: 200 }),
  });
  const parsed = InitiateResponse.parse(await res.json());
  return c.json({ url: parsed.redirectUrl, ref: parsed.transactionReference });
});

export default app;
