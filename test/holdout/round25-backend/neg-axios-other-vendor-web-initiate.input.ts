// Hosted checkout of our card processor (TypeScript, axios): its own web initiate endpoint on its own host.
import axios from 'axios';
import { saveResult } from './store.js';

interface CheckoutStart {
  redirectUrl: string;
  transactionReference: string;
}

export async function startCheckout(orderId: string, amountCents: number): Promise<string> {
  const { data } = await axios.post<CheckoutStart>(
    'https://api.paycore-gateway.com/api/v1/web/initiate',
    {
      userReference: orderId,
      amount: amountCents,
      successUrl: `https://shop.acme-outdoor.com/orders/${orderId}/paid`,
      errorUrl: `https://shop.acme-outdoor.com/orders/${orderId}/failed`,
      tokenLifetimeInMinutes: 15,
    },
    { auth: { username: process.env.PAYCORE_KEY ?? '', password: process.env.PAYCORE_SECRET ?? '' } },
  );
  await saveResult(data.transactionReference, { orderId });
  return data.redirectUrl;
}
