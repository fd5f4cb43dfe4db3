// Client onboarding of the brokerage (TypeScript, undici's fetch). New clients verify an Austrian passport before
// their first trade; the verification result comes back on the ID Verification callback route of the API.
import { fetch } from 'undici';
import { saveKycCase } from './store.js';

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const JUMIO_BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function startOnboarding(clientId: string, language: string): Promise<string> {
  const response = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${JUMIO_BASIC}`,
      'User-Agent': 'Acme Brokerage AT/1.9',
    },
    body: JSON.stringify({
      customerInternalReference: `client-${clientId}`,
      userReference: clientId,
      workflowId: 101,
      presets: [{ index: 1, country: 'AUT', type: 'PASSPORT' }],
      callbackUrl: 'https://api.acme-brokerage.at/kyc/idv-result',
      successUrl: 'https://app.acme-brokerage.at/onboarding/identity/done',
      locale: language,
    }),
  });
  if (!response.ok) throw new Error(`onboarding initiate failed: ${response.status}`);
  const started = (await response.json()) as NetverifyInitiateResponse;
  await saveKycCase(clientId, started.transactionReference);
  return started.redirectUrl;
}
