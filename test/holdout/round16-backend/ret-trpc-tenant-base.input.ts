// tRPC v11 query: multi-tenant, each tenant's Jumio base URL is a column of its settings row (not known in code).
import { z } from 'zod';
import { tenantProcedure } from '@acme/trpc';

export const faceLoginResult = tenantProcedure.input(z.object({ reference: z.string() })).query(async ({ ctx, input }: any) => {
  const res = await fetch(`${ctx.tenant.jumioBaseUrl}/api/netverify/v2/authentications/${input.reference}`, {
    headers: { Authorization: `Basic ${btoa(`${ctx.tenant.jumioToken}:${ctx.tenant.jumioSecret}`)}` },
  });
  const details = await res.json();
  return { passed: details.transactionResult === 'PASSED', reference: details.transactionReference as string };
});
