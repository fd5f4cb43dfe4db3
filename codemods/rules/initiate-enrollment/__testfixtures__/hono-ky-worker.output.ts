import { Hono } from 'hono';
import ky from 'ky';
import { kyxAccessToken } from './kyx-auth';

type Bindings = { JUMIO_TOKEN: string; JUMIO_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

// ky has got's call shape: json body, headers, .json<T>() on the promise.
app.post('/kyc/start', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  // TODO(netverify-migrate): initiate-enrollment: this runs on Cloudflare Workers: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const data = await ky
    .post('https://account.emea-1.jumio.ai/api/v1/accounts', {
      json: { customerInternalReference: userId, userReference: userId, workflowDefinition: { key: 3 } },
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      timeout: 10000,
    })
    .json<{ web: { href: string }; workflowExecution: { id: string } }>();
  return c.json({ redirectUrl: data.web.href, reference: data.workflowExecution.id });
});

export default app;

// A ky instance carries its prefixUrl and headers into every call: the migrated call sets prefixUrl: '' over it.
const jumio = ky.create({ prefixUrl: 'https://netverify.com/api/v4', headers: { 'User-Agent': 'Acme/1.0' } });
export async function startWithInstance(userId: string) {
  // TODO(netverify-migrate): initiate-enrollment: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  // TODO(netverify-migrate): initiate-enrollment: this runs on Cloudflare Workers: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  return jumio.post('https://account.amer-1.jumio.ai/api/v1/accounts', { json: { customerInternalReference: userId, workflowDefinition: { key: 2 } }, headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, prefixUrl: '' }).json<{ web: { href: string } }>();
}
