// Koa 2 + @koa/router (SG): the enrolment through got with the body resolved directly (responseType: 'json',
// resolveBodyOnly: true); the browser is redirected to the web client.
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import got from 'got';
import { saveKycCase } from './store.js';

const app = new Koa();
const router = new Router({ prefix: '/kyc' });

router.post('/start', async (ctx) => {
  const { customerId, country } = ctx.request.body;
  const started = await got.post('https://core-sgp.jumio.com/api/v4/initiate', {
    json: {
      customerInternalReference: customerId,
      userReference: customerId,
      workflowId: 101,
      presets: [{ index: 1, country, type: 'PASSPORT' }],
      callbackUrl: 'https://kyc.acme.sg/hooks/jumio-idv',
      locale: 'en',
    },
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    headers: { 'user-agent': 'Acme SG/1.2' },
    responseType: 'json',
    resolveBodyOnly: true,
    timeout: { request: 10_000 },
  });
  await saveKycCase(customerId, started.transactionReference);
  ctx.redirect(started.redirectUrl);
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
export default app;
