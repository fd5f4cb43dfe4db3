import axios from 'axios';
import { saveFaceAuth } from './store.js';

const jumioHttp = axios.create({ timeout: 15000 });

jumioHttp.interceptors.request.use((config) => {
  console.debug(`[jumio] ${config.method?.toUpperCase()} ${config.url}`);
  return config;
});

export async function authenticateCustomer(customerId: string, enrollmentRef: string) {
  const response = await jumioHttp.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentRef, userReference: customerId, callbackUrl: 'https://api.example.com/jumio/callback' },
    { auth: { username: process.env.JUMIO_USER!, password: process.env.JUMIO_PASSWORD! } },
  );
  await saveFaceAuth({ userId: customerId, reference: response.data.transactionReference });
  return response.data.redirectUrl as string;
}
