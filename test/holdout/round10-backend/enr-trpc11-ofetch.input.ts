// tRPC v11 procedure (EU) calling Jumio with ofetch.
import { initTRPC } from '@trpc/server';
import { ofetch } from 'ofetch';
import { z } from 'zod';

const t = initTRPC.context<{ userId: string }>().create();

export const kycRouter = t.router({
  start: t.procedure.input(z.object({ locale: z.string().max(5).optional() })).mutation(async ({ input, ctx }) => {
    const started = await ofetch<{ redirectUrl: string; transactionReference: string }>('https://lon.netverify.com/api/v4/initiate', {
      method: 'POST',
      body: { customerInternalReference: ctx.userId, userReference: ctx.userId, workflowId: 200, locale: input.locale ?? 'en' },
      headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}` },
    });
    return { url: started.redirectUrl, reference: started.transactionReference };
  }),
});
