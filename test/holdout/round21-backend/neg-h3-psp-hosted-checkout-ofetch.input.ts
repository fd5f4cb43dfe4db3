// Hosted checkout of the web shop (Nitro / h3 server route, ofetch's $fetch): the payment service provider's
// "web initiate" with Basic credentials, success/error/callback URLs, a link lifetime in minutes; the shop reads the
// provider's redirectUrl and transactionReference.
import { defineEventHandler, readBody } from 'h3';
import { $fetch } from 'ofetch';

interface CheckoutStarted {
  redirectUrl: string;
  transactionReference: string;
}

export default defineEventHandler(async (event: any) => {
  const { orderId, amount, currency } = (await readBody(event)) as { orderId: string; amount: number; currency: string };
  const checkout: CheckoutStarted = await $fetch('https://api.paynexa.example/api/checkout/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${process.env.PAYNEXA_MERCHANT}:${process.env.PAYNEXA_SECRET}`).toString('base64')}`,
      'User-Agent': 'Acme Shop/5.0',
    },
    body: {
      merchantReference: orderId,
      amount,
      currency,
      successUrl: `https://shop.acme.com/orders/${orderId}/paid`,
      errorUrl: `https://shop.acme.com/orders/${orderId}/failed`,
      callbackUrl: 'https://shop.acme.com/api/paynexa/notify',
      locale: 'en-GB',
      tokenLifetimeInMinutes: 20,
    },
  });
  return { pay: checkout.redirectUrl, ref: checkout.transactionReference };
});
