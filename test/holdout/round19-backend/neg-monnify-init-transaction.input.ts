// Card and bank-transfer checkout through Monnify (Express, TypeScript): log in with Basic credentials, initialise a
// transaction, send the shopper to the checkout page; the redirect comes back with the transaction reference.
import axios from 'axios';
import { saveResult } from './store.js';

const MONNIFY_BASE = 'https://api.monnify.com';

interface InitTransactionResponse {
  requestSuccessful: boolean;
  responseBody: { transactionReference: string; paymentReference: string; checkoutUrl: string };
}

async function accessToken(): Promise<string> {
  const basic = Buffer.from(`${process.env.MONNIFY_API_KEY}:${process.env.MONNIFY_SECRET_KEY}`).toString('base64');
  const { data } = await axios.post(`${MONNIFY_BASE}/api/v1/auth/login`, undefined, {
    headers: { Authorization: `Basic ${basic}` },
  });
  return data.responseBody.accessToken;
}

export async function startCheckout(orderId: string, amount: number, email: string): Promise<string> {
  const { data } = await axios.post<InitTransactionResponse>(
    `${MONNIFY_BASE}/api/v1/merchant/transactions/init-transaction`,
    {
      amount,
      customerEmail: email,
      paymentReference: orderId,
      paymentDescription: `Order ${orderId}`,
      currencyCode: 'NGN',
      contractCode: process.env.MONNIFY_CONTRACT_CODE,
      redirectUrl: `https://shop.acme.ng/checkout/${orderId}/return`,
      paymentMethods: ['CARD', 'ACCOUNT_TRANSFER'],
    },
    { headers: { Authorization: `Bearer ${await accessToken()}` } },
  );
  await saveResult(data.responseBody.transactionReference, { orderId, amount });
  return data.responseBody.checkoutUrl;
}
