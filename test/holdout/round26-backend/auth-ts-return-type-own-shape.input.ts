// Face login service (TypeScript, axios on the EU host): the declared return type is the service's own shape, built
// from reads of the response.
import axios from 'axios';
import { saveFaceLogin } from './store.js';

interface InitiateResponse {
  timestamp: string;
  transactionReference: string;
  redirectUrl: string;
}

export async function beginFaceLogin(customerId: string, enrollmentRef: string): Promise<{ redirectUrl: string }> {
  const res = await axios.post<InitiateResponse>(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: enrollmentRef,
      userReference: customerId,
      successUrl: 'https://online.acme-bausparen.de/login/ok',
      locale: 'de-DE',
      tokenLifetimeInMinutes: 1440,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Bausparen Online/6.0' },
    },
  );
  await saveFaceLogin(customerId, res.data.transactionReference);
  return { redirectUrl: res.data.redirectUrl };
}
