// @hono/zod-openapi route on Node: POST /kyc/sessions creates an ID verification session (SGP).
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const SessionSchema = z.object({ url: z.string().url(), reference: z.string() }).openapi('KycSession');

const startRoute = createRoute({
  method: 'post',
  path: '/kyc/sessions',
  request: { body: { content: { 'application/json': { schema: z.object({ customerId: z.string(), locale: z.string().optional() }) } } } },
  responses: { 201: { content: { 'application/json': { schema: SessionSchema } }, description: 'started' } },
});

export const kyc = new OpenAPIHono();

kyc.openapi(startRoute, async (c) => {
  const { customerId, locale } = c.req.valid('json');
  const res = await fetch('https://core-sgp.jumio.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
      'User-Agent': 'Tailwind Traders KYC/1.4',
    },
    body: JSON.stringify({ customerInternalReference: customerId, workflowId: 200, locale }),
  });
  const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return c.json({ url: json.redirectUrl, reference: json.transactionReference }, 201);
});
