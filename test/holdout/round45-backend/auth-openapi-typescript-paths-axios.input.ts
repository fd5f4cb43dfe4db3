// Meridian Pay wallet: face re-authentication before sensitive wallet changes (US data centre).
// The Netverify contract is generated from the vendor's OpenAPI document (`npm run gen:netverify` writes
// ./netverify-openapi.ts with openapi-typescript), so request and response types follow the spec: no hand-written
// interfaces, and a spec change shows up as a compile error here.
import axios from 'axios';
import type { paths } from './netverify-openapi.js';
import { findWalletUser, recordReauth } from './store.js';

type InitiatePath = '/api/authentication/v1/web/initiate';
type InitiateBody = paths[InitiatePath]['post']['requestBody']['content']['application/json'];
type InitiateOk = paths[InitiatePath]['post']['responses'][200]['content']['application/json'];

export type ReauthReason = 'payee-added' | 'limit-raised' | 'device-changed';

const NETVERIFY_US = 'https://netverify.com';
const WALLET = 'https://wallet.meridianpay.example';

/**
 * Starts a face re-authentication for the wallet user and returns the web client link the app opens in its
 * in-app browser, plus the reference the wallet screen polls.
 */
export async function startWalletReauth(userId: string, reason: ReauthReason): Promise<{ url: string; reference: string }> {
  const user = await findWalletUser(userId);

  const body: InitiateBody = {
    enrollmentTransactionReference: user.netverifyEnrollmentRef,
    userReference: user.id,
    callbackUrl: `${WALLET}/hooks/netverify/reauth`,
    successUrl: `${WALLET}/reauth/${reason}/done`,
    errorUrl: `${WALLET}/reauth/${reason}/failed`,
    tokenLifetimeInMinutes: 15,
  };

  const { data } = await axios.post<InitiateOk>(`${NETVERIFY_US}/api/authentication/v1/web/initiate`, body, {
    auth: { username: process.env.NETVERIFY_TOKEN ?? '', password: process.env.NETVERIFY_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'MeridianPay-Wallet/8.1' },
  });

  await recordReauth(user.id, data.transactionReference, reason, data.timestamp);
  return { url: data.redirectUrl, reference: data.transactionReference };
}
