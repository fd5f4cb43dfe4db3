// Deno + oak: Jumio authentication callback.
import { Application, Router } from 'jsr:@oak/oak';

const router = new Router();

router.post('/jumio/callback', async (ctx) => {
  const form = await ctx.request.body.form();
  const reference = form.get('transactionReference');
  const result = form.get('transactionResult');
  const enrollment = form.get('enrollmentTransactionReference');
  const kv = await Deno.openKv();
  await kv.set(['face-auth', reference ?? 'unknown'], { result, enrollment, at: form.get('callbackDate') });
  ctx.response.status = 200;
  ctx.response.body = 'OK';
});

const app = new Application();
app.use(router.routes());
await app.listen({ port: 8000 });
