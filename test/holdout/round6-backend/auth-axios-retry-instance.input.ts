import axios from 'axios';
import axiosRetry from 'axios-retry';
import { logger } from './logger';

const jumio = axios.create({
  baseURL: 'https://lon.netverify.com/api',
  timeout: 8000,
  headers: { 'User-Agent': 'Harbourline Banking/7.3' },
});

axiosRetry(jumio, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

jumio.interceptors.response.use(
  (response) => response,
  (error) => {
    logger.warn({ status: error.response?.status }, 'jumio call failed');
    return Promise.reject(error);
  },
);

export async function startStepUp(enrollmentReference: string, customerId: string) {
  const { data } = await jumio.post<{ redirectUrl: string; transactionReference: string }>(
    '/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference: customerId, tokenLifetimeInMinutes: 10 },
    { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
  );
  return { iframeUrl: data.redirectUrl, reference: data.transactionReference };
}
