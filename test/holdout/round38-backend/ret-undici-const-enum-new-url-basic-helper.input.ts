// Face login results for the EU members' portal: the login flow and the support desk both ask here. undici's
// request() rather than fetch (the pooled keep-alive matters under the morning peak). The data-centre origin and the
// route live in one const enum, so they are inlined at build time and nothing else can change them.
import { request } from 'undici';
import { recordFaceLoginNotice } from './store.js';

const enum Netverify {
  Origin = 'https://lon.netverify.com',
  Authentications = '/api/netverify/v2/authentications',
}

function basicAuthorization(token: string, secret: string): string {
  return `Basic ${Buffer.from(`${token}:${secret}`).toString('base64')}`;
}

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  scanSource?: 'WEB' | 'SDK';
  userReference?: string;
}

export interface FaceLoginOutcome {
  reference: string;
  memberId: string | null;
  result: FaceLoginDetails['transactionResult'];
  channel: string;
}

export async function faceLoginOutcome(reference: string): Promise<FaceLoginOutcome | null> {
  const url = new URL(`${Netverify.Authentications}/${encodeURIComponent(reference)}`, Netverify.Origin);
  const { statusCode, body } = await request(url, {
    method: 'GET',
    headers: {
      accept: 'application/json',
      authorization: basicAuthorization(process.env.NETVERIFY_API_TOKEN ?? '', process.env.NETVERIFY_API_SECRET ?? ''),
      'user-agent': 'Nordlys Members Portal/3.9',
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
    throw new Error(`face login lookup failed: HTTP ${statusCode}`);
  }
  const details = (await body.json()) as FaceLoginDetails;
  await recordFaceLoginNotice(reference, { seenAt: new Date().toISOString(), result: details.transactionResult });
  return {
    reference: details.transactionReference,
    memberId: details.userReference ?? null,
    result: details.transactionResult,
    channel: details.scanSource ?? 'WEB',
  };
}
