import { Hono } from 'hono';
import { html } from 'hono/html';
import { markVerification } from './db';

const app = new Hono();

// successUrl and errorUrl registered with Jumio both point here
app.get('/verify/return', async (c) => {
  const status = c.req.query('transactionStatus');
  const reference = c.req.query('transactionReference');
  const errorCode = c.req.query('errorCode');

  if (reference) {
    await markVerification(reference, status === 'SUCCESS' ? 'submitted' : 'failed', errorCode);
  }

  return c.html(html`<!doctype html>
    <h1>${status === 'SUCCESS' ? 'Thanks!' : 'Something went wrong'}</h1>
    <p>${errorCode ? `Error ${errorCode}` : ''}</p>`);
});

export default app;
