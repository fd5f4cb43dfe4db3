// Lookalike: a card acquirer's payment notification on a Bun.serve routes table — form-encoded, with the gateway's own
// transactionReference / transactionResult / transactionDate fields.
import { saveResult } from './store.js';

Bun.serve({
  port: 3001,
  routes: {
    '/webhooks/acquirer/notify': {
      POST: async (req) => {
        const form = await req.formData();
        await saveResult(String(form.get('transactionReference')), {
          result: form.get('transactionResult'),
          amount: Number(form.get('amount')),
          at: form.get('transactionDate'),
          merchant: form.get('merchantCode'),
        });
        return new Response('OK');
      },
    },
  },
});
