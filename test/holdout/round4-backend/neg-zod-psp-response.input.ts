import { z } from 'zod';

const CheckoutSession = z.object({
  transactionReference: z.string(),
  redirectUrl: z.string().url(),
  expiresAt: z.string(),
});

export async function createCheckout(orderId: string, amount: number) {
  const res = await fetch('https://api.novapay.example/v1/checkout/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.NOVAPAY_KEY}:`).toString('base64'),
    },
    body: JSON.stringify({ orderId, amount, successUrl: 'https://shop.example/ok', errorUrl: 'https://shop.example/ko' }),
  });
  const session = CheckoutSession.parse(await res.json());
  return { url: session.redirectUrl, ref: session.transactionReference };
}
