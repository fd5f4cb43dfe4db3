// Hosted payment page of the PSP (its API happens to be versioned v4): start a checkout for an order.
import { request } from 'undici';

const PAYGATE = 'https://api.paygate.example/api/v4/initiate';
const basic = Buffer.from(`${process.env.PAYGATE_MERCHANT}:${process.env.PAYGATE_KEY}`).toString('base64');

export async function startCheckout(order: { id: string; total: number; currency: string; locale: string }) {
  const { body } = await request(PAYGATE, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      merchantReference: order.id,
      amount: order.total,
      currency: order.currency,
      successUrl: `https://shop.example/orders/${order.id}/paid`,
      errorUrl: `https://shop.example/orders/${order.id}/failed`,
      callbackUrl: 'https://shop.example/payments/notify',
      locale: order.locale,
    }),
  });
  const json = (await body.json()) as { redirectUrl: string; transactionReference: string };
  return { payUrl: json.redirectUrl, reference: json.transactionReference };
}
