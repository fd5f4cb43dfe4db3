// Onboarding: the first identity check of an applicant. The document asked for depends on the applicant's country.
import axios from 'axios';
import { saveKycCase } from './store.js';

type Country = 'DEU' | 'AUT' | 'GBR' | 'USA';

const DOCUMENT_TYPE_BY_COUNTRY: Record<Country, 'ID_CARD' | 'PASSPORT' | 'DRIVING_LICENSE'> = {
  DEU: 'ID_CARD',
  AUT: 'ID_CARD',
  GBR: 'PASSPORT',
  USA: 'DRIVING_LICENSE',
};

interface InitiateResponse {
  timestamp: string;
  transactionReference: string;
  redirectUrl: string;
}

export async function startIdentityCheck(applicant: { id: string; country: Country }, appUrl: string): Promise<{ url: string; reference: string }> {
  const { data } = await axios.post<InitiateResponse>(
    'https://lon.netverify.com/api/v4/initiate',
    {
      customerInternalReference: `onb-${applicant.id}`,
      userReference: applicant.id,
      workflowId: 200,
      presets: [{ index: 1, country: applicant.country, type: DOCUMENT_TYPE_BY_COUNTRY[applicant.country] }],
      successUrl: `${appUrl}/onboarding/identity/complete`,
      errorUrl: `${appUrl}/onboarding/identity/error`,
      tokenLifetimeInMinutes: 1440,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'Brightwater Onboarding/2.3' },
    },
  );
  await saveKycCase(applicant.id, data.transactionReference);
  return { url: data.redirectUrl, reference: data.transactionReference };
}
