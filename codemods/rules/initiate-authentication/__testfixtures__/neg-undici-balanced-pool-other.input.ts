import { BalancedPool } from 'undici';

// A payment processor's upstreams: same path and response words, another API.
const processor = new BalancedPool(['https://eu.paynode.example', 'https://us.paynode.example']);

export async function startPayment(orderId: string): Promise<string> {
  const { body } = await processor.request({
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: orderId }),
  });
  const data = (await body.json()) as { redirectUrl: string };
  return data.redirectUrl;
}
