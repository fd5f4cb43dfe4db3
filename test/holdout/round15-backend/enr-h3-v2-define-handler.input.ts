// h3 v2 (EU): defineHandler with readValidatedBody; ofetch's $fetch imported.
import { defineHandler, readValidatedBody } from 'h3';
import { $fetch } from 'ofetch';
import { z } from 'zod';

const Body = z.object({ customerId: z.string(), locale: z.string().default('en') });

export default defineHandler(async (event) => {
  const { customerId, locale } = await readValidatedBody(event, Body.parse);
  const started = await $fetch<{ redirectUrl: string; transactionReference: string }>('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    body: { customerInternalReference: customerId, workflowId: 200, locale },
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  });
  return { link: started.redirectUrl, reference: started.transactionReference };
});
