// Northgate Mutual — netverify-client.ts: the one module for everything Netverify. orval.config.ts generates
// ./generated/netverify-orval.ts from our OpenAPI description of the vendor's legacy API with
//   override: { mutator: { path: './src/netverify/netverify-client.ts', name: 'netverifyClient' } }
// so every generated function sends its request through netverifyClient below (base URL, API user, User-Agent in one
// place). The claims service calls the facade at the bottom before a claim is paid to a new bank account (US).
import axios, { type AxiosRequestConfig } from 'axios';
import { postApiAuthenticationV1WebInitiate } from './generated/netverify-orval';
import { markClaimFaceLogin, type Claim } from './db.js';

const NETVERIFY = axios.create({
  baseURL: 'https://www.netverify.com',
  auth: {
    username: process.env.NORTHGATE_NV_API_TOKEN ?? '',
    password: process.env.NORTHGATE_NV_API_SECRET ?? '',
  },
  headers: { Accept: 'application/json', 'User-Agent': 'NorthgateMutual-Claims/9.2' },
});

/** orval's custom instance: the generated functions hand it the request, the call site may add options. */
export const netverifyClient = <T>(config: AxiosRequestConfig, options?: AxiosRequestConfig): Promise<T> => {
  return NETVERIFY.request<T>({ ...config, ...options }).then(({ data }) => data);
};

export type ErrorType<E> = { response?: { status: number; data: E } };
export type BodyType<BodyData> = BodyData;

const CLAIMS_PORTAL = 'https://claims.northgatemutual.example';

/** A face login before the payout of a claim goes to an account the member added after the loss. */
export async function startClaimPayoutFaceLogin(claim: Claim): Promise<{ faceLoginUrl: string; reference: string }> {
  const started = await postApiAuthenticationV1WebInitiate(
    {
      enrollmentTransactionReference: claim.member.enrolmentCheckRef,
      userReference: claim.member.memberNo,
      successUrl: `${CLAIMS_PORTAL}/claims/${claim.id}/payout/confirmed`,
      errorUrl: `${CLAIMS_PORTAL}/claims/${claim.id}/payout/not-confirmed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 20,
    },
    { headers: { 'X-Claim-Id': claim.id } },
  );
  await markClaimFaceLogin(claim.id, started.transactionReference);
  return { faceLoginUrl: started.redirectUrl, reference: started.transactionReference };
}
