// Card-collection gateway (v4 API): initiates a hosted payment page.
import axios from 'axios';

interface GatewayInitiateResponse {
  redirectUrl: string;
  transactionReference: string;
  status: 'PENDING' | 'FAILED';
}

export async function initiateCheckout(orderId: string, amountMinor: number) {
  const { data } = await axios.post<GatewayInitiateResponse>(
    'https://pay.quickteller.example/collections/api/v4/initiate',
    {
      merchantCode: process.env.MERCHANT_CODE,
      transactionReference: orderId,
      amount: amountMinor,
      currency: 'NGN',
      callbackUrl: 'https://shop.example.ng/payments/callback',
      successUrl: 'https://shop.example.ng/orders/' + orderId,
    },
    { auth: { username: process.env.GATEWAY_CLIENT_ID ?? '', password: process.env.GATEWAY_SECRET ?? '' } },
  );
  if (data.status === 'FAILED') throw new Error('payment initiation failed');
  return { payUrl: data.redirectUrl, reference: data.transactionReference };
}
