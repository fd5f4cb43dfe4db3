// Fjordline Leasing — a lessee who changes the account lease payouts go to confirms it with a face login (EU data
// centre). We generate our API clients with @hey-api/openapi-ts; the generated sdk for the vendor's legacy API never
// matched what the API answers, so this module keeps only the generated runtime client (@hey-api/client-fetch),
// configured once for the data centre, and calls the endpoint by its path.
import { createClient, createConfig } from '@hey-api/client-fetch';
import { recordPayoutAccountStepUp } from './db.mjs';

const PORTAL = 'https://portal.fjordline-leasing.example';

const netverify = createClient(
  createConfig({
    baseUrl: 'https://lon.netverify.com',
    headers: { Accept: 'application/json', 'User-Agent': 'FjordlineLeasing-Portal/3.1' },
    throwOnError: false,
  }),
);

const apiUser = 'Basic ' + Buffer.from(`${process.env.FJORDLINE_NV_TOKEN}:${process.env.FJORDLINE_NV_SECRET}`).toString('base64');

/**
 * @param {{ lesseeNo: string, idCheckReference: string }} lessee
 * @param {string} changeId
 */
export async function startPayoutAccountFaceLogin(lessee, changeId) {
  const { data, error, response } = await netverify.post({
    url: '/api/authentication/v1/web/initiate',
    headers: { Authorization: apiUser },
    body: {
      enrollmentTransactionReference: lessee.idCheckReference,
      userReference: lessee.lesseeNo,
      successUrl: `${PORTAL}/payout-account/${changeId}/bekreftet`,
      errorUrl: `${PORTAL}/payout-account/${changeId}/avbrutt`,
      locale: 'no',
      tokenLifetimeInMinutes: 30,
    },
  });
  if (error) {
    throw new Error(`face login could not start for change ${changeId} (HTTP ${response.status})`);
  }
  await recordPayoutAccountStepUp(changeId, data.transactionReference, data.timestamp);
  return { faceLoginUrl: data.redirectUrl };
}
