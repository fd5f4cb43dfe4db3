// The tenant's data centre is validated with znv (zod); a switch picks the Jumio host.
import { parseEnv } from 'znv';
import { z } from 'zod';

const env = parseEnv(process.env, {
  JUMIO_REGION: z.enum(['US', 'EU', 'SGP']).default('US'),
  JUMIO_API_TOKEN: z.string(),
  JUMIO_API_SECRET: z.string(),
});

function jumioHost(region: 'US' | 'EU' | 'SGP'): string {
  switch (region) {
    case 'EU':
      return 'https://lon.netverify.com';
    case 'SGP':
      return 'https://core-sgp.jumio.com';
    case 'US':
      return 'https://netverify.com';
  }
}

export async function beginFaceAuthentication(enrollmentReference: string, userId: string, locale: string) {
  const response = await fetch(`${jumioHost(env.JUMIO_REGION)}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`).toString('base64'),
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId, locale }),
  });
  if (!response.ok) throw new Error(`Jumio answered ${response.status}`);
  const started = (await response.json()) as { redirectUrl: string; transactionReference: string };
  return { url: started.redirectUrl, reference: started.transactionReference };
}
