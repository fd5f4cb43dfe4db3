// Payflex hosted checkout: the PSP's base URL is validated with envalid; its API is versioned v4 too.
import { cleanEnv, str, url } from 'envalid';

const env = cleanEnv(process.env, {
  PAYFLEX_BASE_URL: url({ default: 'https://sandbox.payflex.example' }),
  PAYFLEX_MERCHANT: str(),
  PAYFLEX_KEY: str(),
});

export async function startCheckout(order: { id: string; total: number; locale: string }) {
  const res = await fetch(`${env.PAYFLEX_BASE_URL}/api/v4/initiate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${env.PAYFLEX_MERCHANT}:${env.PAYFLEX_KEY}`).toString('base64'),
    },
    body: JSON.stringify({
      merchantReference: order.id,
      amount: order.total,
      successUrl: `https://shop.acme.example/orders/${order.id}/paid`,
      errorUrl: `https://shop.acme.example/orders/${order.id}/failed`,
      callbackUrl: 'https://shop.acme.example/payflex/notify',
      locale: order.locale,
    }),
  });
  const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { payUrl: json.redirectUrl, reference: json.transactionReference };
}
