// iDenfy verification tokens from a koa-router route (successUrl, errorUrl, callbackUrl, redirect): untouched.
import Router from '@koa/router';
import axios from 'axios';

export const idenfy = new Router();

idenfy.post('/kyc/idenfy', async (ctx) => {
  const { data } = await axios.post(
    'https://ivs.idenfy.com/api/v2/token',
    { clientId: ctx.state.user.id, successUrl: 'https://acme.example/kyc/ok', errorUrl: 'https://acme.example/kyc/ko', callbackUrl: 'https://api.acme.example/idenfy/cb', locale: 'en' },
    { auth: { username: process.env.IDENFY_KEY, password: process.env.IDENFY_SECRET } },
  );
  ctx.body = { redirectUrl: `https://ivs.idenfy.com/api/v2/redirect?authToken=${data.authToken}`, reference: data.scanRef };
});
