// Fjordmarket (NO) marketplace payouts: a payout to a bank account a seller added this week waits for the seller's
// face login. The payout worker calls this for each held payout. Results are counted in Prometheus, and product
// analytics gets the vendor's answer with every decision, to see where sellers drop out of the face login.
import axios from 'axios';
import { Counter } from 'prom-client';
import { PostHog } from 'posthog-node';
import { holdPayout, releasePayout, type PendingPayout } from './db.js';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const faceLoginResults = new Counter({
  name: 'payouts_face_login_results_total',
  help: 'Face login results seen by the payout worker, by result',
  labelNames: ['result'] as const,
});

const posthog = new PostHog(process.env.POSTHOG_API_KEY ?? '', { host: 'https://eu.i.posthog.com' });

export async function decidePayoutFaceLogin(payout: PendingPayout): Promise<'pending' | 'released' | 'held'> {
  const { data: details } = await axios.get<FaceLoginDetails>(`${NV_EU_AUTHENTICATIONS}/${payout.faceLoginReference}`, {
    auth: { username: process.env.FJORD_NV_TOKEN!, password: process.env.FJORD_NV_SECRET! },
    headers: { Accept: 'application/json', 'User-Agent': 'Fjordmarket-Payouts/3.4' },
  });

  faceLoginResults.labels(details.transactionResult).inc();
  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';

  const sameSeller = details.userReference === payout.sellerId;
  posthog.capture({
    distinctId: payout.sellerId,
    event: 'payout_face_login_decided',
    properties: { ...details, payoutId: payout.id, sameSeller },
  });

  if (details.transactionResult === 'PASSED' && sameSeller) {
    await releasePayout(payout.id, { faceLoginReference: details.transactionReference, decidedAt: details.transactionDate });
    return 'released';
  }
  await holdPayout(payout.id, `face login ${details.transactionResult.toLowerCase()}${sameSeller ? '' : ' (other person)'}`);
  return 'held';
}
