import { app, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';

const JUMIO_ENDPOINT = 'https://netverify.com/api/v4/initiate';

export async function startVerification(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const { customerId } = (await request.json()) as { customerId: string };
  const res = await fetch(JUMIO_ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({ customerInternalReference: customerId, userReference: customerId, workflowId: 202, tokenLifetimeInMinutes: 120 }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  context.log(`jumio transaction ${data.transactionReference}`);
  return { jsonBody: { redirectUrl: data.redirectUrl } };
}

app.http('startVerification', { methods: ['POST'], authLevel: 'function', handler: startVerification });
