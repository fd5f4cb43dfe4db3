// Harbour & Finch Wealth — a face login confirms a payout to a beneficiary account added in the last 30 days (US data
// centre). `npm run gen:netverify` runs openapi-generator (typescript-axios, `--global-property models`) on our OpenAPI
// description of the vendor's legacy API and writes only the models, into ./netverify-models.ts; the HTTP call is our
// own (got, like every outbound call of the payouts service), typed by the generated request and response models.
import got from 'got';
import type { InitiateAuthenticationRequest, InitiateAuthenticationResponse } from './netverify-models.js';
import { recordPayoutFaceLogin, type Payout } from './db.js';

const NV_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const PORTAL = 'https://portal.harbourfinch.example';

export async function confirmPayoutByFaceLogin(payout: Payout): Promise<{ faceLoginUrl: string; expiresInMinutes: number }> {
  const body: InitiateAuthenticationRequest = {
    enrollmentTransactionReference: payout.client.onboardingCheckRef,
    userReference: payout.client.clientNo,
    callbackUrl: `${PORTAL}/hooks/netverify/face-login`,
    successUrl: `${PORTAL}/payouts/${payout.id}/face-login/done`,
    errorUrl: `${PORTAL}/payouts/${payout.id}/face-login/failed`,
    locale: 'en-US',
    tokenLifetimeInMinutes: 10,
  };

  const started = await got
    .post(NV_INITIATE, {
      json: body,
      username: process.env.HF_NV_API_TOKEN,
      password: process.env.HF_NV_API_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'HarbourFinch-Payouts/3.6' },
    })
    .json<InitiateAuthenticationResponse>();

  await recordPayoutFaceLogin(payout.id, { reference: started.transactionReference, startedAt: started.timestamp });
  return { faceLoginUrl: started.redirectUrl, expiresInMinutes: 10 };
}
