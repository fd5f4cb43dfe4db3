// ofetch with another vendor's base URL as the call's own option: a payment initiate, not Jumio.
import { ofetch } from 'ofetch';

export async function startPayment(orderId: string) {
  const res = await ofetch<{ redirectUrl: string; transactionReference: string }>('/api/v4/initiate', {
    baseURL: 'https://api.paygate.example.com',
    method: 'POST',
    body: { orderId, successUrl: 'https://shop.example.com/paid' },
    headers: { Authorization: `Basic ${process.env.PAYGATE_BASIC}` },
  });
  return res.redirectUrl;
}
