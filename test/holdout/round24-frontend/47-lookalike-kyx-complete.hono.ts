// Identity check return route of the edge app (KYX web client).
import { Hono } from 'hono';

const identity = new Hono();

identity.get('/identity/complete', (c) => {
  const status = c.req.query('acquisitionStatus');
  const reference = c.req.query('workflowExecutionId');
  const errorCode = c.req.query('errorCode');
  if (status === 'SUCCESS' && reference) {
    return c.redirect(`/welcome?identity=${encodeURIComponent(reference)}`, 303);
  }
  if (errorCode === '9836') {
    return c.json({ verified: false, errorCode, retry: null }, 403);
  }
  return c.json({ verified: false, errorCode: errorCode ?? null, retry: '/identity' }, 422);
});

export default identity;
