// Hono deployed on AWS Lambda through hono/aws-lambda's handle() (SG): the signed-in user from hono/jwt's middleware;
// axios with a body const using shorthand properties; the reference stored and the user sent on with c.redirect.
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { jwt } from 'hono/jwt';
import axios from 'axios';
import { saveFaceLogin } from './store.js';

const app = new Hono();
app.use('/face/*', jwt({ secret: process.env.SESSION_SECRET! }));

app.get('/face/start', async (c) => {
  const { sub: userReference, enr } = c.get('jwtPayload') as { sub: string; enr: string };
  const callbackUrl = 'https://api.acme.sg/hooks/face';
  const payload = {
    enrollmentTransactionReference: enr,
    userReference,
    callbackUrl,
    locale: 'en-GB',
  };
  const { data } = await axios.post('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', payload, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
    headers: { 'User-Agent': 'Acme SG Lambda/4.0' },
  });
  await saveFaceLogin(userReference, data.transactionReference);
  return c.redirect(data.redirectUrl, 302);
});

export const handler = handle(app);
