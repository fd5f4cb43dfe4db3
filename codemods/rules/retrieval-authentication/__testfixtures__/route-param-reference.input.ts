// The reference comes from the route path into a const that only the legacy URL read: it still feeds the KYX URL.
import { Hono } from 'hono';

const app = new Hono();
const NETVERIFY = 'https://netverify.com';

app.get('/auth-status/:ref', async (c) => {
  const ref = c.req.param('ref');
  const res = await fetch(`${NETVERIFY}/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  });
  const details = await res.json();
  return c.json({ user: details.userReference });
});

export default app;
