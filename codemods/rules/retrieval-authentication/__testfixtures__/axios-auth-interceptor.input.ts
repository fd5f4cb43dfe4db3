import axios from 'axios';
import { signRequest } from './signing';

// A shared signing interceptor (imported: what it sets is not visible here).
axios.interceptors.request.use(signRequest);

export async function authenticationResult(reference: string) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { 'User-Agent': 'Acme/1.0' },
  });
  return data.transactionResult;
}
