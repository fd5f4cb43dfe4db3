import * as restate from '@restatedev/restate-sdk';
import { kyxAccessToken } from './kyx-auth';

export const onboarding = restate.service({
  name: 'onboarding',
  handlers: {
    start: async (ctx: restate.Context, customer: { id: string; email: string }) => {
      const started = await ctx.run('jumio-initiate', async () => {
        // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
        const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
          body: JSON.stringify({ customerInternalReference: customer.id, userReference: customer.email, workflowDefinition: { key: 2 } }),
        });
        return (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
      });
      ctx.set('scanReference', started.workflowExecution.id);
      return { link: started.web.href };
    },
  },
});
