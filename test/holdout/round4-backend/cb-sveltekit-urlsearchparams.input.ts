// src/routes/webhooks/netverify/+server.ts
import type { RequestHandler } from '@sveltejs/kit';
import { db } from '$lib/server/db';

export const POST: RequestHandler = async ({ request }) => {
  const params = new URLSearchParams(await request.text());
  if (params.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') {
    return new Response(null, { status: 204 });
  }
  await db.faceAuth.update({
    where: { reference: params.get('transactionReference')! },
    data: {
      result: params.get('transactionResult'),
      faceImageUrl: params.get('idScanImageFace'),
      source: params.get('scanSource'),
    },
  });
  return new Response('OK');
};
