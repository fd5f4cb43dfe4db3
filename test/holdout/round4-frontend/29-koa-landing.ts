import Router from '@koa/router';
import { identityService } from '../services/identity';

export const identityRoutes = new Router({ prefix: '/identity' });

// Netverify redirects the browser here after the authentication (successUrl and errorUrl).
identityRoutes.get('/complete', async (ctx) => {
  const status = ctx.request.query.transactionStatus;
  const reference = ctx.request.query.transactionReference;
  if (typeof reference !== 'string') ctx.throw(400, 'missing reference');

  await identityService.recordRedirect(ctx.state.user.id, reference, status === 'SUCCESS');
  ctx.redirect(status === 'SUCCESS' ? '/onboarding/next' : `/onboarding/identity?failed=${ctx.request.query.errorCode ?? ''}`);
});
