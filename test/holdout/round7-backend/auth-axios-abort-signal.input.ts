import axios from 'axios';
import { saveFaceAuth } from './store.js';

const FALLBACK_PAGE = 'https://shop.example.eu/verify/unavailable';

export async function startReauthentication(userId: string, enrollmentRef: string) {
  const {
    data: { redirectUrl: url = FALLBACK_PAGE, transactionReference: reference },
  } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentRef, userReference: userId, locale: 'de' },
    {
      auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
      signal: AbortSignal.timeout(8_000),
    },
  );
  await saveFaceAuth({ userId, reference, url });
  return url;
}
