// Haldor Sparebank (EU): changing the phone number that receives payment codes asks the customer for a selfie against
// the ID check from account opening. @koa/router, TypeScript, undici. Outbound traffic must pass the bank's egress
// proxy, which authenticates the workload twice: a client certificate on the TLS connection to the proxy (mounted by
// the platform into EGRESS_TLS_DIR) and the service account's own proxy credentials in Proxy-Authorization.
import Router from '@koa/router';
import { readFileSync } from 'node:fs';
import { ProxyAgent, request } from 'undici';
import { findPhoneChange, markPhoneChangeStepUp } from './store.js';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const NV_BASIC = Buffer.from(`${process.env.HALDOR_NV_TOKEN}:${process.env.HALDOR_NV_SECRET}`).toString('base64');

const EGRESS_TLS_DIR = process.env.EGRESS_TLS_DIR ?? '/var/run/secrets/egress';
const proxyBasic = Buffer.from(`${process.env.EGRESS_PROXY_USER}:${process.env.EGRESS_PROXY_PASSWORD}`).toString('base64');

/** The egress proxy (HTTP CONNECT over TLS, mutual TLS to the proxy; the tunnelled TLS is the vendor's own). */
const egress = new ProxyAgent({
  uri: process.env.EGRESS_PROXY_URL ?? 'https://egress.haldor.internal:3129',
  token: `Basic ${proxyBasic}`,
  proxyTls: {
    ca: readFileSync(`${EGRESS_TLS_DIR}/ca.pem`),
    cert: readFileSync(`${EGRESS_TLS_DIR}/tls.crt`),
    key: readFileSync(`${EGRESS_TLS_DIR}/tls.key`),
  },
});

interface StepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const phoneChangeRouter = new Router({ prefix: '/profile/phone' });

phoneChangeRouter.post('/changes/:changeId/step-up', async (ctx: any) => {
  const change = await findPhoneChange(ctx.params.changeId, ctx.state.customerId);
  if (!change) {
    ctx.status = 404;
    return;
  }

  const { statusCode, body } = await request(NV_EU_INITIATE, {
    method: 'POST',
    dispatcher: egress,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Basic ${NV_BASIC}`,
      'user-agent': 'HaldorSparebank-Profile/4.6',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: change.customer.netverifyEnrollment,
      userReference: change.customer.id,
      successUrl: `https://nettbank.haldor.example/profil/telefon/${change.id}/bekreftet`,
      errorUrl: `https://nettbank.haldor.example/profil/telefon/${change.id}/avbrutt`,
      locale: 'no',
      tokenLifetimeInMinutes: 20,
    }),
  });
  if (statusCode !== 200) {
    await body.dump();
    ctx.status = 502;
    ctx.body = { error: 'identity provider unavailable' };
    return;
  }

  const started = (await body.json()) as StepUpStarted;
  await markPhoneChangeStepUp(change.id, started.transactionReference);
  ctx.status = 201;
  ctx.body = { faceLoginUrl: started.redirectUrl };
});
