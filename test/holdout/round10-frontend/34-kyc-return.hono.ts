// Hono on Cloudflare Workers: the identity check's successUrl and errorUrl.
import { Hono } from 'hono';

export const kyc = new Hono<{ Bindings: { KYC: KVNamespace } }>();

kyc.get('/kyc/return', async (c) => {
  const { transactionStatus, transactionReference, errorCode } = c.req.query();
  if (transactionStatus !== 'SUCCESS') return c.redirect(`/kyc/failed?code=${errorCode ?? ''}`);
  await c.env.KYC.put(`pending:${transactionReference}`, '1');
  return c.redirect('/kyc/pending');
});
