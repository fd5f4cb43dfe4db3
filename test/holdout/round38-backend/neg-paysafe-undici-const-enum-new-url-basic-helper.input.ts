// 3-D Secure results for the card checkout: after the challenge the storefront asks here for the authentication's
// outcome before it authorises the payment. undici's request() rather than fetch (the pooled keep-alive matters on
// sale days). The Paysafe origin and the route prefix live in one const enum, inlined at build time.
import { request } from 'undici';
import { recordThreeDsOutcome } from './store.js';

const enum Paysafe {
  Origin = 'https://api.paysafe.com',
  Accounts = '/threedsecure/v2/accounts',
}

function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

interface ThreeDsAuthentication {
  id: string;
  merchantRefNum: string;
  status: 'COMPLETED' | 'PENDING' | 'FAILED';
  threeDResult?: 'Y' | 'N' | 'A' | 'U' | 'R';
  eci?: number;
  txnTime: string;
}

export interface ThreeDsOutcome {
  reference: string;
  authenticationId: string;
  liabilityShift: boolean;
  eci: number | null;
}

export async function threeDsOutcome(accountId: string, authenticationId: string): Promise<ThreeDsOutcome | null> {
  const url = new URL(`${Paysafe.Accounts}/${accountId}/authentications/${encodeURIComponent(authenticationId)}`, Paysafe.Origin);
  const { statusCode, body } = await request(url, {
    method: 'GET',
    headers: {
      accept: 'application/json',
      authorization: basicAuthorization(process.env.PAYSAFE_API_USER ?? '', process.env.PAYSAFE_API_KEY ?? ''),
      'user-agent': 'Brightwell Checkout/8.2',
    },
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
  });
  if (statusCode === 404) {
    await body.dump();
    return null;
  }
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`3-D Secure lookup failed: HTTP ${statusCode}`);
  }
  const details = (await body.json()) as ThreeDsAuthentication;
  await recordThreeDsOutcome(details.merchantRefNum, { seenAt: new Date().toISOString(), status: details.status });
  return {
    reference: details.merchantRefNum,
    authenticationId: details.id,
    liabilityShift: details.threeDResult === 'Y' || details.threeDResult === 'A',
    eci: details.eci ?? null,
  };
}
