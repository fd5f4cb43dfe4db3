// Bun server receiving Jumio's authentication callback (application/x-www-form-urlencoded).
import { saveResult } from './store';

Bun.serve({
  port: 8787,
  async fetch(req) {
    const { pathname } = new URL(req.url);
    if (req.method === 'POST' && pathname === '/callbacks/jumio') {
      const form = await req.formData();
      if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return new Response('ignored', { status: 202 });
      await saveResult(String(form.get('transactionReference')), {
        result: form.get('transactionResult'),
        enrollment: form.get('enrollmentTransactionReference'),
        date: form.get('transactionDate'),
      });
      return new Response('OK');
    }
    return new Response('not found', { status: 404 });
  },
});
