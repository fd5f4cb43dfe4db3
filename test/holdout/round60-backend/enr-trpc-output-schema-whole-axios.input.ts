// Baltic Lend onboarding API (tRPC): the ID check step of a loan application. The procedure returns the identity
// service's answer as it is; IdCheckStep.tsx opens redirectUrl and keeps transactionReference for the status poll.
// The output schema keeps the procedure honest about what the app receives.
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import axios from 'axios';
import { findApplication, saveIdCheck, type OnboardingContext } from './db.js';

const t = initTRPC.context<OnboardingContext>().create();

const NV_EU_V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const idCheckRouter = t.router({
  start: t.procedure
    .input(z.object({ applicationId: z.string().uuid(), locale: z.enum(['lt', 'et', 'ru', 'en']).default('en') }))
    .output(
      z.object({
        timestamp: z.string(),
        redirectUrl: z.string().url(),
        transactionReference: z.string().uuid(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const application = await findApplication(input.applicationId, ctx.userId);
      if (!application) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such application' });
      const { data } = await axios.post<IdCheckStarted>(
        NV_EU_V4_INITIATE,
        {
          customerInternalReference: `BL-${application.number}`,
          userReference: ctx.userId,
          workflowId: 200,
          successUrl: `https://apply.balticlend.example/applications/${application.id}/id-check/done`,
          errorUrl: `https://apply.balticlend.example/applications/${application.id}/id-check/retry`,
          locale: input.locale,
          tokenLifetimeInMinutes: 60,
        },
        {
          auth: { username: process.env.BALTICLEND_NV_TOKEN ?? '', password: process.env.BALTICLEND_NV_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'BalticLend-Onboarding/3.0' },
        },
      );
      await saveIdCheck(application.id, data.transactionReference);
      return data;
    }),
});
