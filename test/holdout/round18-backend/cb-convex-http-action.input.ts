// Convex HTTP action: Jumio posts the face-login callback to the deployment's .convex.site URL; the form is read from
// the raw text and handed to an internal mutation.
import { httpRouter } from 'convex/server';
import { httpAction } from './_generated/server';
import { internal } from './_generated/api';

const faceLoginCallback = httpAction(async (ctx, request) => {
  const form = new URLSearchParams(await request.text());
  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') {
    return new Response('ignored', { status: 202 });
  }
  await ctx.runMutation(internal.faceLogins.complete, {
    reference: form.get('transactionReference') ?? '',
    result: form.get('transactionResult') ?? 'INVALID',
    faceImage: form.get('idScanImageFace') ?? undefined,
  });
  return new Response(null, { status: 200 });
});

const http = httpRouter();
http.route({ path: '/jumio/face-login-callback', method: 'POST', handler: faceLoginCallback });
export default http;
