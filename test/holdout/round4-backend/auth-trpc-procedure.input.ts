import { z } from 'zod';
import axios from 'axios';
import { TRPCError } from '@trpc/server';
import { router, protectedProcedure } from '../trpc';

const JUMIO_AUTH_ENDPOINT = 'https://netverify.com/api/authentication/v1/web/initiate';

export const faceAuthRouter = router({
  start: protectedProcedure
    .input(z.object({ locale: z.enum(['en', 'de', 'fr']).default('en') }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.prisma.user.findUnique({ where: { id: ctx.session.userId } });
      if (!user?.jumioEnrollmentRef) {
        throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'no enrolment on file' });
      }
      const res = await axios.post(
        JUMIO_AUTH_ENDPOINT,
        {
          enrollmentTransactionReference: user.jumioEnrollmentRef,
          userReference: user.id,
          locale: input.locale,
          successUrl: 'https://app.quillpay.io/face/success',
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
          headers: { 'User-Agent': 'QuillPay/3.0' },
        },
      );
      await ctx.prisma.faceAuth.create({ data: { userId: user.id, ref: res.data.transactionReference } });
      return { url: res.data.redirectUrl as string };
    }),
});
