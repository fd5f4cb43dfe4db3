// oRPC procedure (US): the signed-in user's face login through ky; the router is served by @orpc/server's handler.
import { os } from '@orpc/server';
import { z } from 'zod';
import ky from 'ky';

const authed = os.$context<{ user: { id: string; jumioEnrollment: string } }>();
const basic = btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`);

export const startFaceLogin = authed
  .input(z.object({ locale: z.string().default('en-US') }))
  .handler(async ({ input, context }) => {
    const session = await ky
      .post('https://netverify.com/api/authentication/v1/web/initiate', {
        json: {
          enrollmentTransactionReference: context.user.jumioEnrollment,
          userReference: context.user.id,
          locale: input.locale,
          errorUrl: 'https://app.acme-crypto.example/security/face-failed',
        },
        headers: { authorization: `Basic ${basic}` },
        timeout: 15_000,
      })
      .json<{ timestamp: string; redirectUrl: string; transactionReference: string }>();
    return { url: session.redirectUrl, reference: session.transactionReference };
  });

export const router = { faceLogin: { start: startFaceLogin } };
