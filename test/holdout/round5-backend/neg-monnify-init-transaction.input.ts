import { Elysia } from 'elysia';

// Monnify one-time checkout. Login with Basic (apiKey:secret), then init the transaction.
const MONNIFY = 'https://sandbox.monnify.com';

async function monnifyToken(): Promise<string> {
  const res = await fetch(`${MONNIFY}/api/v1/auth/login`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + btoa(`${Bun.env.MONNIFY_API_KEY}:${Bun.env.MONNIFY_SECRET}`) },
  });
  const json = (await res.json()) as { responseBody: { accessToken: string } };
  return json.responseBody.accessToken;
}

export const checkout = new Elysia().post('/checkout/initiate', async ({ body }) => {
  const { amount, email, orderId } = body as { amount: number; email: string; orderId: string };
  const res = await fetch(`${MONNIFY}/api/v1/merchant/transactions/init-transaction`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await monnifyToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      amount,
      customerEmail: email,
      paymentReference: orderId,
      currencyCode: 'NGN',
      contractCode: Bun.env.MONNIFY_CONTRACT,
      redirectUrl: 'https://shop.example/checkout/done',
    }),
  });
  const { responseBody } = (await res.json()) as { responseBody: { transactionReference: string; checkoutUrl: string } };
  return { redirectUrl: responseBody.checkoutUrl, transactionReference: responseBody.transactionReference };
});
