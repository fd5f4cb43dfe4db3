// HyperVerge (another vendor): a link-based KYC start with its own workflowId and redirectUrl.
import axios from 'axios';

export async function hypervergeStart(userId: string): Promise<string> {
  const { data } = await axios.post(
    'https://ind.idv.hyperverge.co/v1/link-kyc/start',
    { workflowId: 'face_auth_v2', transactionId: userId, redirectUrl: 'https://acme.in/kyc/done' },
    { headers: { appId: process.env.HV_APP_ID!, appKey: process.env.HV_APP_KEY! } },
  );
  return data.result.startKycUrl as string;
}
