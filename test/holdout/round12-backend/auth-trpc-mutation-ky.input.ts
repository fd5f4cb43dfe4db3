// tRPC v10 router: a protected mutation with a zod input; ky's json() with a typed result (EU).
import ky from 'ky';
import { z } from 'zod';
import { protectedProcedure, router } from '../trpc';

const basic = btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`);

export const faceLoginRouter = router({
  start: protectedProcedure
    .input(z.object({ locale: z.enum(['de', 'fr', 'en']).default('en') }))
    .mutation(async ({ ctx, input }) => {
      const started = await ky
        .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
          headers: { Authorization: `Basic ${basic}`, 'User-Agent': 'Acme Energy/4.1' },
          json: {
            enrollmentTransactionReference: ctx.session.user.jumioEnrollment,
            userReference: ctx.session.user.id,
            locale: input.locale,
            tokenLifetimeInMinutes: 1440,
          },
          timeout: 10_000,
        })
        .json<{ redirectUrl: string; transactionReference: string }>();
      return { url: started.redirectUrl, reference: started.transactionReference };
    }),
});
