import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { create, object, string, enums } from 'superstruct';
import { saveAuthentication } from './store';

// A payment provider's form notification validated with superstruct: reference / result / date, nothing of Jumio's.
const Notification = object({
  transactionReference: string(),
  transactionResult: enums(['APPROVED', 'DECLINED']),
  transactionDate: string(),
});

const router = new Router();
router.post('/hooks/payments', async (ctx) => {
  const n = create(ctx.request.body, Notification);
  await saveAuthentication(n.transactionReference, { paid: n.transactionResult === 'APPROVED', at: n.transactionDate });
  ctx.status = 200;
});

export const app = new Koa().use(bodyParser({ enableTypes: ['form'] })).use(router.routes());
