import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import ky from 'ky';

type Bindings = { JUMIO_TOKEN: string; JUMIO_SECRET: string; ADMIN_PASS: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use('/admin/*', async (c, next) => basicAuth({ username: 'admin', password: c.env.ADMIN_PASS })(c, next));

app.post('/kyc/start', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const data = await ky
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: { customerInternalReference: userId, userReference: userId, workflowId: 201 },
      headers: { Authorization: `Basic ${btoa(`${c.env.JUMIO_TOKEN}:${c.env.JUMIO_SECRET}`)}` },
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return c.json({ redirectUrl: data.redirectUrl, reference: data.transactionReference });
});

export default app;
