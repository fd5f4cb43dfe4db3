import { ofetch } from 'ofetch';

// Lookalike: an ofetch.create() instance with a base URL, an auth header and a POST of a JSON body for Sumsub's
// applicant API. Not Jumio: byte-identical.
const sumsub = ofetch.create({ baseURL: 'https://api.sumsub.com', headers: { 'X-App-Token': process.env.SUMSUB_TOKEN ?? '' } });

export async function createApplicant(userId: string) {
  const applicant = await sumsub<{ id: string }>('/resources/applicants', {
    method: 'POST',
    query: { levelName: 'basic-kyc' },
    body: { externalUserId: userId, transactionReference: userId },
  });
  return applicant.id;
}
