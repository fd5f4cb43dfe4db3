import Router from '@koa/router';
import type { Context } from 'koa';

export const router = new Router();

router.post('/callbacks/jumio', async (ctx: Context) => {
  const body = ctx.request.body as Record<string, string>;
  if (body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    ctx.status = 204;
    return;
  }
  const liveness: string[] = JSON.parse(body.livenessImages ?? '[]');
  console.log('authentication', body.transactionReference, body.transactionResult, liveness.length);
  ctx.status = 200;
});
