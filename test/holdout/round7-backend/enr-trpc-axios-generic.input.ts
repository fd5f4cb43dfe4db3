import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import axios from 'axios';

const t = initTRPC.context<{ userId: string }>().create();

type JumioV4Response = { timestamp: string; redirectUrl: string; transactionReference: string };

export const kycRouter = t.router({
  start: t.procedure
    .input(z.object({ country: z.string().length(3), docType: z.enum(['PASSPORT', 'ID_CARD', 'DRIVING_LICENSE']) }))
    .output(z.object({ url: z.string().url(), scanRef: z.string() }))
    .mutation(async ({ input, ctx }) => {
      const res = await axios.post<JumioV4Response>(
        'https://netverify.com/api/v4/initiate',
        {
          customerInternalReference: ctx.userId,
          userReference: ctx.userId,
          workflowId: 200,
          presets: [{ index: 1, country: input.country, type: input.docType }],
          tokenLifetimeInMinutes: 1440,
        },
        { auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! } },
      );
      return { url: res.data.redirectUrl, scanRef: res.data.transactionReference };
    }),
});
