import Router from '@koa/router';
import { identity } from '../services/identity';

const router = new Router();

// The identity check sends the browser back here (successUrl and errorUrl).
router.get('/identity/return', async (ctx) => {
  const { transactionStatus: status, transactionReference: reference, errorCode } = ctx.query;

  if (status === 'SUCCESS' && typeof reference === 'string') {
    await identity.markVerified(ctx.state.user.id, reference);
    return ctx.redirect('/onboarding/next');
  }

  switch (errorCode) {
    case '9200':
    case '9210':
      return ctx.redirect('/identity?expired=1');
    case '9836':
      return ctx.redirect('/identity/locked');
    default:
      return ctx.redirect('/identity?failed=1');
  }
});

export default router;
