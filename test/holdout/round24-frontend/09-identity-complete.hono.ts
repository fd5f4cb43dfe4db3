// Identity check return route of the edge app.
import { Hono } from 'hono';

const identity = new Hono();

identity.get('/identity/complete', (c) => {
  const status = c.req.query('transactionStatus');
  const reference = c.req.query('transactionReference');
  const errorCode = c.req.query('errorCode');
  if (status === 'SUCCESS' && reference) {
    return c.redirect(`/welcome?identity=${encodeURIComponent(reference)}`, 303);
  }
  return c.json({ verified: false, errorCode: errorCode ?? null, retry: '/identity' }, 422);
});

export default identity;
