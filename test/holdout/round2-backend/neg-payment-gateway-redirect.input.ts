import axios from 'axios';

// Card payments through the Paywise hosted checkout.
const PAYWISE_BASE = 'https://api.paywise.example/v4';

export async function startCheckout(orderId: string, amountMinor: number) {
  const { data } = await axios.post(
    `${PAYWISE_BASE}/initiate`,
    {
      merchantReference: orderId,
      amount: amountMinor,
      currency: 'EUR',
      successUrl: `https://shop.example/orders/${orderId}/paid`,
      errorUrl: `https://shop.example/orders/${orderId}/failed`,
      callbackUrl: 'https://shop.example/webhooks/paywise',
      tokenLifetimeInMinutes: 30,
    },
    { auth: { username: process.env.PAYWISE_KEY!, password: process.env.PAYWISE_SECRET! } },
  );
  return { redirectUrl: data.redirectUrl as string, transactionReference: data.transactionReference as string };
}
