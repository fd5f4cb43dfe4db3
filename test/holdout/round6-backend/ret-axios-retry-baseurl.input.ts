import axios from 'axios';
import axiosRetry from 'axios-retry';

const retrieval = axios.create({
  baseURL: 'https://lon.netverify.com/api/netverify/v2/',
  auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
});
axiosRetry(retrieval, { retries: 5, retryDelay: axiosRetry.exponentialDelay });

export async function authenticationResult(reference: string): Promise<string> {
  const { data } = await retrieval.get<{ transactionResult: string }>(`authentications/${reference}`);
  return data.transactionResult;
}
