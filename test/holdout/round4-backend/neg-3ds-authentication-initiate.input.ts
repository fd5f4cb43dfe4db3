import axios from 'axios';

// 3-D Secure 2 authentication with the acquirer's ACS gateway.
const ACS_BASE = 'https://acs.northgate-payments.com';

export interface ThreeDsInitiateResponse {
  transactionReference: string;
  redirectUrl: string;
  challengeRequired: boolean;
}

export async function initiateThreeDs(cardToken: string, amount: number, returnUrl: string) {
  const { data } = await axios.post<ThreeDsInitiateResponse>(
    `${ACS_BASE}/api/authentication/v1/web/initiate`,
    { cardToken, amount, currency: 'EUR', successUrl: returnUrl, errorUrl: returnUrl, locale: 'en' },
    { auth: { username: process.env.ACS_MERCHANT_ID!, password: process.env.ACS_API_KEY! } },
  );
  if (!data.challengeRequired) return { frictionless: true as const, reference: data.transactionReference };
  return { frictionless: false as const, reference: data.transactionReference, redirectUrl: data.redirectUrl };
}
