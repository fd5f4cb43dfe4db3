// The web-request package's request.json<T>(path, { baseUrl, auth, body, method }) on the v4 initiate (an
// enrolment): request's options with a JSON body, the promise resolving to the parsed response.
import { json } from 'web-request';

interface KycInitResult {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function initKyc(userId: string, locale: string): Promise<KycInitResult> {
  const res = await json<KycInitResult>('/api/v4/initiate', {
    baseUrl: 'https://lon.netverify.com',
    method: 'POST',
    auth: { user: process.env.KYC_JUMIO_TOKEN!, pass: process.env.KYC_JUMIO_SECRET! },
    body: {
      customerInternalReference: userId,
      userReference: userId,
      locale,
      successUrl: 'https://ico.example.com/kyc/done',
    },
  });
  console.log('jumio scan', res.transactionReference);
  return res;
}
