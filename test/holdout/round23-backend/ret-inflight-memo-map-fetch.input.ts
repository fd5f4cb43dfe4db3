// Face login outcome lookups of the account service (TypeScript, the global fetch). Concurrent requests for one
// reference share a single upstream call, and the outcome is kept for five minutes.
import { saveResult } from './store.js';

const NETVERIFY_EU_BASE = 'https://lon.netverify.com';
const JUMIO_AUTHORIZATION = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

interface AuthenticationDetails {
  timestamp: string;
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export interface FaceLoginOutcome {
  reference: string;
  passed: boolean;
  user: string | null;
}

const inflight = new Map<string, Promise<FaceLoginOutcome>>();

async function loadOutcome(reference: string): Promise<FaceLoginOutcome> {
  const response = await fetch(`${NETVERIFY_EU_BASE}/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: JUMIO_AUTHORIZATION, 'User-Agent': 'Acme Accounts EU/3.6' },
  });
  if (!response.ok) throw new Error(`face login lookup failed (${response.status})`);
  const details = (await response.json()) as AuthenticationDetails;
  const outcome: FaceLoginOutcome = {
    reference: details.transactionReference,
    passed: details.transactionResult === 'PASSED',
    user: details.userReference ?? null,
  };
  await saveResult(outcome.reference, { passed: outcome.passed });
  return outcome;
}

export function faceLoginOutcome(reference: string): Promise<FaceLoginOutcome> {
  let pending = inflight.get(reference);
  if (!pending) {
    pending = loadOutcome(reference);
    inflight.set(reference, pending);
    setTimeout(() => inflight.delete(reference), 5 * 60_000);
    pending.catch(() => inflight.delete(reference));
  }
  return pending;
}
