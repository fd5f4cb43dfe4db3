// Hono on Node (@hono/node-server): the browser follows the face login's result over Server-Sent Events while the
// server polls Jumio's retrieval API every three seconds (EU).
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { serve } from '@hono/node-server';

const JUMIO_RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications';
const AUTH = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

interface AuthenticationResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const app = new Hono();

app.get('/face-login/:ref/events', (c) => {
  const ref = c.req.param('ref');
  return streamSSE(c, async (stream) => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const res = await fetch(`${JUMIO_RETRIEVAL}/${ref}`, {
        headers: { Accept: 'application/json', Authorization: AUTH, 'User-Agent': 'Acme SSE/1.0' },
      });
      if (!res.ok) {
        await stream.writeSSE({ event: 'error', data: String(res.status) });
        return;
      }
      const result = (await res.json()) as AuthenticationResult;
      await stream.writeSSE({ event: 'status', data: result.transactionResult, id: result.transactionReference });
      if (result.transactionResult !== 'CREATED' && result.transactionResult !== 'STARTED') return;
      await stream.sleep(3000);
    }
    await stream.writeSSE({ event: 'timeout', data: ref });
  });
});

serve({ fetch: app.fetch, port: 8080 });
