// Hono route reading the authentication result through ky's json<T>() (EU).
import { Hono } from 'hono';
import ky from 'ky';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

export const app = new Hono();

app.get('/face-login/:reference/result', async (c) => {
  const reference = c.req.param('reference');
  const details = await ky
    .get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Authorization: 'Basic ' + btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`), 'User-Agent': 'Acme Bank/9.0' },
      timeout: 5000,
    })
    .json<AuthenticationDetails>();
  return c.json({ reference: details.transactionReference, user: details.userReference, passed: details.transactionResult === 'PASSED' });
});
