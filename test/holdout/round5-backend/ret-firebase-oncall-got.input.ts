import { onCall } from 'firebase-functions/v2/https';
import got from 'got';

interface NetverifyAuthentication {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export const faceAuthStatus = onCall(async (request) => {
  const reference = String(request.data.reference);
  const result = await got(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    headers: { 'User-Agent': 'Tidepool/6.1' },
  }).json<NetverifyAuthentication>();
  return { result: result.transactionResult, user: result.userReference ?? null };
});
