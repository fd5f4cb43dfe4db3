// The legacy API through an openapi-fetch client generated from the team's own Netverify OpenAPI file.
import createClient from 'openapi-fetch';
import type { paths } from './generated/netverify';

const netverify = createClient<paths>({
  baseUrl: 'https://lon.netverify.com',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    'User-Agent': 'Adatum Auth/1.0',
  },
});

export async function startFaceAuth(userId: string, enrollmentReference: string) {
  const { data, error } = await netverify.POST('/api/authentication/v1/web/initiate', {
    body: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
  });
  if (error) throw new Error('face authentication could not start');
  return { url: data.redirectUrl, reference: data.transactionReference };
}
