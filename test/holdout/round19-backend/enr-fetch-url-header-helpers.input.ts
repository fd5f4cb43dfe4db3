// Identity verification for the partner portal (service module of a Fastify 4 app, TypeScript). Two small helpers
// keep the Jumio URL and the Authorization header in one place.
import { saveKycCase } from './store.js';

const JUMIO_API = 'https://lon.netverify.com/api';

function jumioUrl(path: string): string {
  return `${JUMIO_API}${path}`;
}

function basicAuth(): string {
  return 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
}

export interface PartnerKycRequest {
  partnerId: string;
  contactId: string;
  locale?: string;
}

export async function startPartnerKyc(request: PartnerKycRequest): Promise<{ link: string }> {
  const response = await fetch(jumioUrl('/v4/initiate'), {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: basicAuth(),
      'User-Agent': 'Acme Partners/1.0',
    },
    body: JSON.stringify({
      customerInternalReference: request.partnerId,
      userReference: request.contactId,
      workflowId: 202,
      locale: request.locale ?? 'en',
      tokenLifetimeInMinutes: 90,
    }),
  });
  if (!response.ok) throw new Error(`Jumio initiate failed with ${response.status}`);
  const result: { redirectUrl: string; transactionReference: string; timestamp: string } = await response.json();
  await saveKycCase(request.partnerId, result.transactionReference);
  return { link: result.redirectUrl };
}
