import { Hono } from 'hono';

const app = new Hono();

const NETVERIFY = 'https://netverify.com';
const basic = () => 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`);

app.get('/auth-status/:ref', async (c) => {
  const ref = c.req.param('ref');
  const r = await fetch(`${NETVERIFY}/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: basic(), Accept: 'application/json' },
  });
  if (r.status === 404) return c.json({ status: 'unknown' }, 404);
  const details = await r.json();
  switch (details.transactionResult) {
    case 'PASSED':
      return c.json({ status: 'ok', user: details.userReference });
    case 'FAILED':
    case 'INVALID':
      return c.json({ status: 'rejected' });
    case 'EXPIRED':
      return c.json({ status: 'expired' });
    default:
      return c.json({ status: 'pending' });
  }
});

export default app;
