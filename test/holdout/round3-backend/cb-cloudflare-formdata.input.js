// Cloudflare Pages Function: /functions/jumio/callback.js
export async function onRequestPost({ request, env }) {
  const form = await request.formData();
  const reference = form.get('transactionReference');
  const enrollment = form.get('enrollmentTransactionReference');
  const result = form.get('transactionResult');

  await env.AUTH_RESULTS.put(reference, JSON.stringify({
    enrollment,
    result,
    at: form.get('callbackDate'),
    face: form.get('idScanImageFace'),
  }));
  return new Response('OK');
}
