// Hono (US) with zValidator('json'): the locale is sent only when given (a conditional spread); workflowId 201.
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';

const Start = z.object({ customerId: z.string(), locale: z.string().optional() });

export const onboarding = new Hono().post('/kyc', zValidator('json', Start), async (c: any) => {
  const data = c.req.valid('json') as { customerId: string; locale?: string };
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Hono/4.6',
    },
    body: JSON.stringify({
      customerInternalReference: data.customerId,
      userReference: data.customerId,
      workflowId: 201,
      ...(data.locale ? { locale: data.locale } : {}),
    }),
  });
  const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return c.json({ link: json.redirectUrl, reference: json.transactionReference });
});
