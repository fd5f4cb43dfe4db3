// Bun 1.2 (Bun.serve with a routes table): Jumio's face-login callback (form-encoded) is stored and acknowledged at
// once; a worker applies the result later.
import { saveResult } from './store.js';

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  routes: {
    '/healthz': new Response('ok'),
    '/webhooks/jumio/face-login': {
      POST: async (req) => {
        const form = await req.formData();
        const reference = String(form.get('transactionReference'));
        await saveResult(reference, {
          result: form.get('transactionResult'),
          user: form.get('userReference'),
          at: form.get('callbackDate'),
        });
        return new Response(null, { status: 200 });
      },
    },
  },
  fetch: () => new Response('not found', { status: 404 }),
});
