import ky from 'ky';
import { Hono } from 'hono';

const app = new Hono();

const JUMIO_AUTH = 'https://netverify.com/api/authentication/v1/web/initiate';
const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

app.post('/face-login', async (c) => {
  const { enrollmentRef, userId } = await c.req.json();
  const result = await ky
    .post(JUMIO_AUTH, {
      json: {
        enrollmentTransactionReference: enrollmentRef,
        userReference: userId,
        callbackUrl: 'https://api.orbit.example/jumio/callback',
      },
      headers: { Authorization: `Basic ${basic}`, 'User-Agent': 'Orbit/1.0' },
      timeout: 10000,
    })
    .json();
  return c.json({ url: result.redirectUrl, ref: result.transactionReference });
});

export default app;
