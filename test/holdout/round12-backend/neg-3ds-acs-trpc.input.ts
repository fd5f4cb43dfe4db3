// A card issuer's 3-D Secure ACS: its "authentication" initiate on the same path words, from a tRPC mutation.
import { z } from 'zod';
import { protectedProcedure } from '../trpc';

export const start3ds = protectedProcedure
  .input(z.object({ cardToken: z.string(), amount: z.number() }))
  .mutation(async ({ input }) => {
    const res = await fetch('https://acs.acme-issuer.example/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.ACS_USER}:${process.env.ACS_PASS}`).toString('base64'),
      },
      body: JSON.stringify({ cardToken: input.cardToken, amount: input.amount, callbackUrl: 'https://shop.acme.example/3ds/done', tokenLifetimeInMinutes: 10 }),
    });
    const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
    return { challengeUrl: data.redirectUrl, threeDsReference: data.transactionReference };
  });
