// Route handler of the face login result hook (Next.js 14 App Router, app/api/hooks/face-login/route.ts). The form
// fields are read into one plain object.
import { saveResult } from './store.js';

export async function POST(request: Request): Promise<Response> {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return new Response(null, { status: 204 });
  }
  await saveResult(form.transactionReference, {
    result: form.transactionResult,
    face: form.idScanImageFace ?? null,
    completedAt: form.transactionDate,
  });
  return new Response(null, { status: 200 });
}
