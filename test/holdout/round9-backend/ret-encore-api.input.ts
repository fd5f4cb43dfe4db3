// Encore.ts internal endpoint: the back office reads one authentication (US).
import { api } from 'encore.dev/api';
import { secret } from 'encore.dev/config';
import got from 'got';

const jumioToken = secret('JumioApiToken');
const jumioSecret = secret('JumioApiSecret');

export const faceAuthDetails = api(
  { expose: false, method: 'GET', path: '/internal/face-auth/:reference' },
  async ({ reference }: { reference: string }): Promise<{ reference: string; user: string | null; result: string }> => {
    const details = await got(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      username: jumioToken(),
      password: jumioSecret(),
      headers: { 'User-Agent': 'Northwind BackOffice/1.0' },
    }).json<{ transactionReference: string; userReference?: string; transactionResult: string }>();
    return { reference: details.transactionReference, user: details.userReference ?? null, result: details.transactionResult };
  },
);
