import { ofetch } from 'ofetch';

// An ofetch.create() instance on the legacy host with a Basic header and a retry count, shared with another call.
// The instance stays as it is; the migrated call sets baseURL: '' (never joined) and its own Authorization header,
// which ofetch sets over the instance's. An enrolment stays a POST: the instance's retry count applies as before.
const jumio = ofetch.create({
  baseURL: 'https://lon.netverify.com/api',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
    'User-Agent': 'Fabrikam Shop/1.0',
  },
  retry: 1,
  timeout: 10_000,
});

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startIdVerification(userId: string) {
  const res = await jumio<InitiateResponse>('/v4/initiate', {
    method: 'POST',
    body: { customerInternalReference: userId, userReference: userId, workflowId: 200, successUrl: 'https://fabrikam.example/kyc/done' },
  });
  return { url: res.redirectUrl, ref: res.transactionReference };
}

export const acceptedIdTypes = () => jumio('/netverify/v2/acceptedIdTypes', { query: { country: 'DEU' } });
