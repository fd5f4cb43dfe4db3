import type { Config, Context } from '@netlify/functions';

export default async (req: Request, context: Context) => {
  const { userId } = (await req.json()) as { userId: string };
  const response = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
    },
    body: JSON.stringify({ customerInternalReference: userId, workflowId: 100, locale: context.geo?.country?.code === 'FR' ? 'fr' : 'en' }),
  });
  const { redirectUrl, transactionReference } = (await response.json()) as { redirectUrl: string; transactionReference: string };
  return Response.json({ redirectUrl, transactionReference });
};

export const config: Config = { path: '/api/kyc/start' };
