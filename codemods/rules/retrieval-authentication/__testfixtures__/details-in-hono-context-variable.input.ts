// The retrieval details set as a Hono context variable by a middleware; the handler reads them with c.get(): those
// reads move.
import { Hono } from 'hono';

interface Details { transactionResult: string; transactionReference: string; userReference?: string }

export const app = new Hono<{ Variables: { faceLogin: Details } }>();

app.use('/payouts/:ref/*', async (c, next) => {
  const ref = c.req.param('ref');
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, Accept: 'application/json' },
  });
  c.set('faceLogin', (await res.json()) as Details);
  await next();
});

app.post('/payouts/:ref/release', (c) => {
  const details = c.get('faceLogin');
  if (details.transactionResult !== 'PASSED') return c.json({ released: false }, 409);
  return c.json({ released: true, user: details.userReference, ref: details.transactionReference });
});
