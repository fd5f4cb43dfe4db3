// Route handler of the bank transfer status hook (Next.js 14 App Router, app/api/hooks/transfer-status/route.ts).
// The open-banking provider posts a form; its fields are read into one plain object.
import { saveResult } from './store.js';

export async function POST(request: Request): Promise<Response> {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  if (form.notificationType !== 'TRANSFER_STATUS') {
    return new Response(null, { status: 204 });
  }
  await saveResult(form.transactionReference, {
    result: form.transactionResult,
    settledAt: form.transactionDate,
    notifiedAt: form.callbackDate,
    payer: form.userReference ?? null,
  });
  return new Response(null, { status: 200 });
}
