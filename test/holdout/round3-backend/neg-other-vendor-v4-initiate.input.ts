import axios from 'axios';

// PayFlex hosted checkout (their "v4" session API). Not related to identity verification.
interface PayflexInitiateResponse {
  redirectUrl: string;
  transactionReference: string;
  expiresAt: string;
}

export async function openCheckout(orderId: string, amountMinor: number) {
  const { data } = await axios.post<PayflexInitiateResponse>(
    'https://api.payflex.example.com/api/v4/initiate',
    {
      merchantReference: orderId,
      amount: amountMinor,
      currency: 'ZAR',
      successUrl: `https://shop.example.co.za/orders/${orderId}/paid`,
      errorUrl: `https://shop.example.co.za/orders/${orderId}/failed`,
      callbackUrl: 'https://shop.example.co.za/webhooks/payflex',
      tokenLifetimeInMinutes: 20,
    },
    { auth: { username: process.env.PAYFLEX_KEY!, password: process.env.PAYFLEX_SECRET! } },
  );
  return { checkoutUrl: data.redirectUrl, paymentRef: data.transactionReference };
}
