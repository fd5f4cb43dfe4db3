import { z } from 'zod';

// PayGate's initiate response happens to use the same three keys as many hosted-page PSPs.
const InitiateResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string(),
});

const PAYGATE = 'https://api.paygate.example';

export async function startPaygateCheckout(orderId: string, amount: number) {
  const res = await fetch(`${PAYGATE}/api/v4/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${process.env.PG_KEY}:${process.env.PG_SECRET}`).toString('base64')}` },
    body: JSON.stringify({ merchantReference: orderId, amount, successUrl: 'https://shop.example.com/paid', errorUrl: 'https://shop.example.com/failed' }),
  });
  const parsed = InitiateResponse.parse(await res.json());
  return { url: parsed.redirectUrl, ref: parsed.transactionReference };
}
