// Hono's context variables: the middleware sets the answer with c.set(), the handler of the same route reads it with
// c.get() and c.var: those reads move.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';

type Started = { redirectUrl: string; transactionReference: string };
type Env = { Variables: { started: Started } };

const startFaceLogin = createMiddleware<Env>(async (c, next) => {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: c.req.param('enrollment') }),
  });
  c.set('started', (await res.json()) as Started);
  await next();
});

export const app = new Hono<Env>();

app.post('/face-login/:enrollment', startFaceLogin, (c) => {
  const { transactionReference } = c.var.started;
  return c.json({ url: c.get('started').redirectUrl, ref: transactionReference });
});
