import axios from 'axios';

export interface V4InitiateRequest {
  customerInternalReference: string;
  userReference?: string;
  workflowId?: number;
  successUrl?: string;
  errorUrl?: string;
  callbackUrl?: string;
  locale?: string;
  presets?: Array<{ index: number; country: string; type: 'PASSPORT' | 'DRIVING_LICENSE' | 'ID_CARD' }>;
}

export interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function createOnboarding(customerId: string, country: string): Promise<V4InitiateResponse> {
  const body: V4InitiateRequest = {
    customerInternalReference: customerId,
    userReference: customerId,
    workflowId: 200,
    successUrl: 'https://onboarding.example.com/kyc/done',
    errorUrl: 'https://onboarding.example.com/kyc/error',
    presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
  };
  const res = await axios.post<V4InitiateResponse>('https://lon.netverify.com/api/v4/initiate', body, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
    headers: { 'User-Agent': 'Example Onboarding/1.0' },
  });
  void country;
  return res.data;
}
