// Hono's context variables: the middleware sets the answer with c.set(), the handler of the same route reads it with
// c.get() and c.var: those reads move.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type Started = { web: { href: string }; workflowExecution: { id: string } };
type Env = { Variables: { started: Started } };

const startFaceLogin = createMiddleware<Env>(async (c, next) => {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxEnrollmentReference = c.req.param('enrollment');
  const kyxAccount = await resolveKyxAccount(kyxEnrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: kyxEnrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  c.set('started', (await res.json()) as Started);
  await next();
});

export const app = new Hono<Env>();

app.post('/face-login/:enrollment', startFaceLogin, (c) => {
  const { workflowExecution: { id: transactionReference } } = c.var.started;
  return c.json({ url: c.get('started').web.href, ref: transactionReference });
});
