import * as restate from '@restatedev/restate-sdk';

export const onboarding = restate.service({
  name: 'onboarding',
  handlers: {
    start: async (ctx: restate.Context, customer: { id: string; email: string }) => {
      const started = await ctx.run('jumio-initiate', async () => {
        const res = await fetch('https://netverify.com/api/v4/initiate', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
          body: JSON.stringify({ customerInternalReference: customer.id, userReference: customer.email, workflowId: 101 }),
        });
        return (await res.json()) as { redirectUrl: string; transactionReference: string };
      });
      ctx.set('scanReference', started.transactionReference);
      return { link: started.redirectUrl };
    },
  },
});
