// Card payments through the bank's hosted payment page (its IPG REST API; TypeScript, axios). The bank's API looks
// much like other "web initiate" APIs: Basic credentials, success/error/callback URLs, a token lifetime, and a
// redirectUrl and a transactionReference in the answer.
import axios from 'axios';
import { saveResult } from './store.js';

const IPG_BASE = 'https://ipg.acmebank.example';

interface WebInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startCardPayment(orderId: string, amountMinor: number, locale: string): Promise<string> {
  const { data } = await axios.post<WebInitiateResponse>(
    `${IPG_BASE}/api/payments/v1/web/initiate`,
    {
      merchantTransactionReference: orderId,
      amount: amountMinor,
      currency: 'EUR',
      successUrl: `https://shop.acme.example/orders/${orderId}/paid`,
      errorUrl: `https://shop.acme.example/orders/${orderId}/failed`,
      callbackUrl: 'https://api.acme.example/hooks/ipg',
      locale,
      tokenLifetimeInMinutes: 20,
    },
    {
      auth: { username: process.env.IPG_MERCHANT_ID ?? '', password: process.env.IPG_API_KEY ?? '' },
      headers: { 'User-Agent': 'Acme Shop/12.0' },
    },
  );
  await saveResult(data.transactionReference, { orderId, amountMinor });
  return data.redirectUrl;
}
