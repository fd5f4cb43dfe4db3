// Hono on Bun (US): the outcome of a face login read back for the account page with Bun.env credentials; the details
// handed to the browser whole, spread into the JSON answer with one field of the app's own.
import { Hono } from 'hono';

const auth = 'Basic ' + btoa(`${Bun.env.JUMIO_API_TOKEN}:${Bun.env.JUMIO_API_SECRET}`);

export const faceStatus = new Hono().get('/face/:reference', async (c) => {
  const reference = c.req.param('reference');
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: auth, Accept: 'application/json', 'User-Agent': 'Acme Bun/1.1' },
  });
  if (res.status === 404) return c.json({ error: 'unknown reference' }, 404);
  const details = (await res.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
  console.log('face login', details.transactionReference, details.transactionResult);
  return c.json({ ...details, checkedAt: new Date().toISOString() });
});
