// Step-up check of the members' API (EU data centre): before a large payment is released, the route waits here until
// the face login has a final result. A deadline loop around the retrieval, a pause from node:timers/promises between
// attempts that doubles up to half a minute, a 404 for a reference the vendor does not know, and a timeout error once
// the deadline has passed.
import { setTimeout } from 'node:timers/promises';

const NETVERIFY_EU = 'https://lon.netverify.com';
const FIRST_PAUSE_MS = 2_000;
const MAX_PAUSE_MS = 30_000;

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

type FaceLoginResult = FaceLoginDetails['transactionResult'];

export interface FaceLoginOutcome {
  reference: string;
  memberId: string | null;
  result: FaceLoginResult;
  decidedAt: string;
}

export class FaceLoginNotFound extends Error {
  constructor(readonly reference: string) {
    super(`unknown face login ${reference}`);
  }
}

export class FaceLoginStillPending extends Error {
  constructor(readonly reference: string, readonly waitedMs: number) {
    super(`face login ${reference} still pending after ${waitedMs} ms`);
  }
}

function retrievalAuthorization(): string {
  const token = process.env.NETVERIFY_API_TOKEN ?? '';
  const secret = process.env.NETVERIFY_API_SECRET ?? '';
  return `Basic ${Buffer.from(`${token}:${secret}`).toString('base64')}`;
}

const isFinal = (result: FaceLoginResult): boolean => result !== 'CREATED' && result !== 'STARTED';

export async function awaitFaceLoginOutcome(reference: string, timeoutMs = 5 * 60_000): Promise<FaceLoginOutcome> {
  const detailsUrl = `${NETVERIFY_EU}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`;
  const deadline = Date.now() + timeoutMs;
  let pause = FIRST_PAUSE_MS;

  while (Date.now() < deadline) {
    const res = await fetch(detailsUrl, {
      headers: {
        Accept: 'application/json',
        Authorization: retrievalAuthorization(),
        'User-Agent': 'Fjordline Bank Step-Up/4.2',
      },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 404) throw new FaceLoginNotFound(reference);
    if (res.ok) {
      const details = (await res.json()) as FaceLoginDetails;
      if (isFinal(details.transactionResult)) {
        return {
          reference: details.transactionReference,
          memberId: details.userReference ?? null,
          result: details.transactionResult,
          decidedAt: details.transactionDate,
        };
      }
    }
    await setTimeout(Math.min(pause, Math.max(0, deadline - Date.now())));
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
  }

  throw new FaceLoginStillPending(reference, timeoutMs);
}
