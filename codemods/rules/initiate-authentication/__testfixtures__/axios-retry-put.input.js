// axios-retry on the instance: it never resent the legacy POST, but it resends a PUT (an idempotent verb to it).
import axios from 'axios';
import axiosRetry from 'axios-retry';

const jumio = axios.create({ timeout: 8000, headers: { 'User-Agent': 'Harbourline Banking/7.3' } });
axiosRetry(jumio, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

export async function startStepUp(enrollmentReference, customerId) {
  const { data } = await jumio.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference: customerId },
    { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } },
  );
  return { iframeUrl: data.redirectUrl, reference: data.transactionReference };
}
