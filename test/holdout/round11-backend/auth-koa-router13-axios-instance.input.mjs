// @koa/router 13 with koa-bodyparser; an axios instance bound to the SGP data centre with Basic credentials.
import Router from '@koa/router';
import axios from 'axios';

const jumio = axios.create({
  baseURL: 'https://core-sgp.jumio.com',
  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  headers: { 'User-Agent': 'Acme Pay SG/3.3' },
  timeout: 10000,
});

export const router = new Router({ prefix: '/face-login' });

router.post('/', async (ctx) => {
  const { enrollment, locale } = ctx.request.body;
  const { data } = await jumio.post('/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollment,
    userReference: ctx.state.user.id,
    locale,
    successUrl: 'https://pay.acme.example/sg/face-login/done',
  });
  ctx.body = { url: data.redirectUrl, reference: data.transactionReference };
});
