// Payload CMS 3 root endpoint (payload.config.ts endpoints): Jumio's authentication callback.
import type { Endpoint } from 'payload';

export const jumioCallbackEndpoint: Endpoint = {
  path: '/jumio/authentication-callback',
  method: 'post',
  handler: async (req) => {
    const form = await req.formData!();
    const reference = form.get('transactionReference') as string;
    await req.payload.create({
      collection: 'face-auth-results',
      data: {
        reference,
        result: form.get('transactionResult') as string,
        enrollment: form.get('enrollmentTransactionReference') as string,
        type: form.get('callBackType') as string,
      },
    });
    return Response.json({ ok: true });
  },
};
