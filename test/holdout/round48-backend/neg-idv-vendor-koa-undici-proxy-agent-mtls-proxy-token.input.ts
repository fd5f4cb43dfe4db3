// Haldor Sparebank (EU), business banking: changing the phone number that receives payment codes asks the company
// signatory for a selfie against FaceCheck Nordic's reference check (the business onboarding uses that vendor, whose
// session API took its field names from the identity vendors of the time). @koa/router, TypeScript, undici. Outbound
// traffic must pass the bank's egress proxy: a client certificate on the TLS connection to the proxy and the service
// account's own proxy credentials in Proxy-Authorization.
import Router from '@koa/router';
import { readFileSync } from 'node:fs';
import { ProxyAgent, request } from 'undici';
import { findPhoneChange, markPhoneChangeStepUp } from './store.js';

const FACECHECK_SESSIONS = 'https://api.facecheck-nordic.example/v2/reverification/sessions';
const FACECHECK_BASIC = Buffer.from(`${process.env.FACECHECK_KEY_ID}:${process.env.FACECHECK_KEY_SECRET}`).toString('base64');

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

interface ReverificationStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const businessPhoneChangeRouter = new Router({ prefix: '/business/profile/phone' });

businessPhoneChangeRouter.post('/changes/:changeId/step-up', async (ctx: any) => {
  const change = await findPhoneChange(ctx.params.changeId, ctx.state.customerId);
  if (!change) {
    ctx.status = 404;
    return;
  }

  const { statusCode, body } = await request(FACECHECK_SESSIONS, {
    method: 'POST',
    dispatcher: egress,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Basic ${FACECHECK_BASIC}`,
      'user-agent': 'HaldorSparebank-Business/2.3',
    },
    body: JSON.stringify({
      referenceCheckId: change.customer.faceCheckSubjectId,
      userReference: change.customer.id,
      successUrl: `https://bedrift.haldor.example/profil/telefon/${change.id}/bekreftet`,
      errorUrl: `https://bedrift.haldor.example/profil/telefon/${change.id}/avbrutt`,
      locale: 'no',
      tokenLifetimeInMinutes: 20,
    }),
  });
  if (statusCode !== 201) {
    await body.dump();
    ctx.status = 502;
    ctx.body = { error: 'identity provider unavailable' };
    return;
  }

  const started = (await body.json()) as ReverificationStarted;
  await markPhoneChangeStepUp(change.id, started.transactionReference);
  ctx.status = 201;
  ctx.body = { faceCheckUrl: started.redirectUrl };
});
