// Encore.ts endpoint: starts a face re-authentication for a signed-in user (EU tenant).
import { api, APIError } from 'encore.dev/api';
import { secret } from 'encore.dev/config';
import { enrollmentOf, saveFaceAuth } from './store';

const jumioApiToken = secret('JumioApiToken');
const jumioApiSecret = secret('JumioApiSecret');

interface StartParams {
  userId: string;
  locale?: string;
}

interface StartResponse {
  url: string;
  reference: string;
}

export const startFaceLogin = api<StartParams, StartResponse>(
  { expose: true, auth: true, method: 'POST', path: '/face-login/start' },
  async ({ userId, locale }) => {
    const enrollment = await enrollmentOf(userId);
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'Northwind FaceLogin/2.0',
        Authorization: `Basic ${Buffer.from(`${jumioApiToken()}:${jumioApiSecret()}`).toString('base64')}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollment,
        userReference: userId,
        locale: locale ?? 'en-GB',
        tokenLifetimeInMinutes: 15,
      }),
    });
    if (!res.ok) throw APIError.unavailable(`jumio answered ${res.status}`);
    const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
    await saveFaceAuth({ userId, reference: started.transactionReference, url: started.redirectUrl });
    return { url: started.redirectUrl, reference: started.transactionReference };
  },
);
