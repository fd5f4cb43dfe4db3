import { Hono } from 'hono';
import ky from 'ky';

type Bindings = { JUMIO_TOKEN: string; JUMIO_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

// ky has got's call shape: json body, headers, .json<T>() on the promise.
app.post('/kyc/start', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const data = await ky
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: { customerInternalReference: userId, userReference: userId, workflowId: 201 },
      headers: { Authorization: `Basic ${btoa(`${c.env.JUMIO_TOKEN}:${c.env.JUMIO_SECRET}`)}` },
      timeout: 10000,
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return c.json({ redirectUrl: data.redirectUrl, reference: data.transactionReference });
});

export default app;

// A ky instance carries its prefixUrl and headers into every call: the migrated call sets prefixUrl: '' over it.
const jumio = ky.create({ prefixUrl: 'https://netverify.com/api/v4', headers: { 'User-Agent': 'Acme/1.0' } });
export async function startWithInstance(userId: string) {
  return jumio.post('initiate', { json: { customerInternalReference: userId, workflowId: 100 } }).json<{ redirectUrl: string }>();
}
