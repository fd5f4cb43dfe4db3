// tRPC v11 procedure: a preset with a run-time country and a literal type; ofetch (EU); reportingCriteria kept.
import { ofetch } from 'ofetch';
import { z } from 'zod';
import { authedProcedure } from '../trpc';

export const startKyc = authedProcedure
  .input(z.object({ country: z.string().length(3) }))
  .mutation(async ({ ctx, input }) => {
    const session = await ofetch<{ redirectUrl: string; transactionReference: string }>('https://lon.netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
        'User-Agent': 'Acme Property/3.0',
      },
      body: {
        customerInternalReference: ctx.user.id,
        userReference: ctx.user.id,
        reportingCriteria: 'property-onboarding',
        workflowId: 201,
        presets: [{ index: 1, country: input.country, type: 'PASSPORT' }],
      },
    });
    await ctx.db.kyc.create({ data: { userId: ctx.user.id, scanReference: session.transactionReference } });
    return { url: session.redirectUrl };
  });
