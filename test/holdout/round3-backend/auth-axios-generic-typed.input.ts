import axios from 'axios';
import type { LegacyInitiateResponse } from './kyc-types.js';

const NETVERIFY_AUTH_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export interface StepUpSession {
  url: string;
  reference: string;
}

export async function startStepUp(enrollmentRef: string, userId: string): Promise<StepUpSession> {
  const { data } = await axios.post<LegacyInitiateResponse>(
    NETVERIFY_AUTH_URL,
    {
      enrollmentTransactionReference: enrollmentRef,
      userReference: userId,
      successUrl: 'https://app.example-bank.eu/step-up/ok',
      errorUrl: 'https://app.example-bank.eu/step-up/failed',
      locale: 'de',
      tokenLifetimeInMinutes: 15,
    },
    {
      auth: {
        username: process.env.NETVERIFY_API_TOKEN ?? '',
        password: process.env.NETVERIFY_API_SECRET ?? '',
      },
      headers: { 'User-Agent': 'ExampleBank StepUp/3.1' },
      timeout: 10_000,
    },
  );
  return { url: data.redirectUrl, reference: data.transactionReference };
}
