// Fresh route routes/api/jumio/auth-callback.ts: the legacy authentication callback into Deno KV.
import { Handlers } from '$fresh/server.ts';

const kv = await Deno.openKv();

export const handler: Handlers = {
  async POST(req) {
    const form = await req.formData();
    const reference = String(form.get('transactionReference'));
    await kv.set(['face-auth', reference], {
      result: form.get('transactionResult'),
      enrollment: form.get('enrollmentTransactionReference'),
      at: form.get('transactionDate'),
    });
    return new Response('OK');
  },
};
