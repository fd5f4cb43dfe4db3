// Koa + koa-body callback that checks the sender by resolving Jumio's EU callback hostname.
import Koa from 'koa';
import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { promises as dns } from 'node:dns';
import { saveResult } from './store.js';

const router = new Router();

async function fromJumio(ip: string): Promise<boolean> {
  const allowed = await dns.resolve4('callback.lon.jumio.com');
  return allowed.includes(ip.replace(/^::ffff:/, ''));
}

router.post('/jumio/authentication', koaBody({ urlencoded: true }), async (ctx) => {
  if (!(await fromJumio(ctx.ip))) ctx.throw(403);
  const body = ctx.request.body as Record<string, string>;
  await saveResult(body.transactionReference, { result: body.transactionResult, liveness: body.livenessImages });
  ctx.status = 200;
});

export default new Koa().use(router.routes());
