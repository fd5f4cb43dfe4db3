// TanStack Start server route (src/routes/api/jumio/callback.ts): the POST method handler reads the form with
// request.formData(); the face image URL and the scan source kept for the audit trail.
import { createServerFileRoute } from '@tanstack/react-start/server';
import { saveResult } from './store.js';

export const ServerRoute = createServerFileRoute('/api/jumio/callback').methods({
  POST: async ({ request }: { request: Request }) => {
    const form = await request.formData();
    if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return new Response(null, { status: 204 });
    const reference = String(form.get('transactionReference'));
    await saveResult(reference, {
      result: form.get('transactionResult'),
      face: form.get('idScanImageFace'),
      source: form.get('scanSource'),
    });
    return new Response('OK');
  },
});
