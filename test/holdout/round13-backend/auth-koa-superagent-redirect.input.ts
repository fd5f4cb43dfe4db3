// Koa + koa-router + koa-body; superagent's chain; the browser is sent on with ctx.redirect (US).
import Koa from 'koa';
import Router from 'koa-router';
import { koaBody } from 'koa-body';
import superagent from 'superagent';

const router = new Router({ prefix: '/account' });

router.post('/face-login', koaBody(), async (ctx) => {
  const { enrollment } = ctx.request.body as { enrollment: string };
  const res = await superagent
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .auth(process.env.JUMIO_API_TOKEN!, process.env.JUMIO_API_SECRET!)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Acme Insure/8.0')
    .send({
      enrollmentTransactionReference: enrollment,
      userReference: ctx.state.user.id,
      successUrl: 'https://insure.acme.example/account/face-login/done',
    });
  ctx.session!.faceLogin = res.body.transactionReference;
  ctx.redirect(res.body.redirectUrl);
});

const app = new Koa();
app.use(router.routes()).use(router.allowedMethods());
export default app;
