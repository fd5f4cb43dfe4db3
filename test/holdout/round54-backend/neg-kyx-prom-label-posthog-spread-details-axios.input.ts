// Skagerrak Market (DK) marketplace payouts, on the KYX platform since 2024: a payout to a bank account a seller added
// this week waits for the seller's face login (workflow 9). The payout worker calls this for each held payout. Results
// are counted in Prometheus, and product analytics gets the workflow details with every decision.
import axios from 'axios';
import { Counter } from 'prom-client';
import { PostHog } from 'posthog-node';
import { holdPayout, releasePayout, type PendingKyxPayout } from './db.js';
import { kyxBearer } from './kyx-token-cache.js';

const KYX_RETRIEVAL_EU = 'https://retrieval.emea-1.jumio.ai/api/v1/accounts';

interface WorkflowDetails {
  workflow: { id: string; status: string; definitionKey: string; userReference?: string };
  createdAt: string;
  capabilities?: { authentication?: Array<{ decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' | 'WARNING' } }> };
}

const faceLoginResults = new Counter({
  name: 'payouts_face_login_results_total',
  help: 'Face login workflow states seen by the payout worker, by status',
  labelNames: ['status'] as const,
});

const posthog = new PostHog(process.env.POSTHOG_API_KEY ?? '', { host: 'https://eu.i.posthog.com' });

export async function decidePayoutFaceLogin(payout: PendingKyxPayout): Promise<'pending' | 'released' | 'held'> {
  const { data: details } = await axios.get<WorkflowDetails>(
    `${KYX_RETRIEVAL_EU}/${payout.kyxAccountId}/workflow-executions/${payout.workflowExecutionId}`,
    { headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxBearer('emea-1')}`, 'User-Agent': 'Skagerrak-Payouts/2.0' } },
  );

  faceLoginResults.labels(details.workflow.status).inc();
  if (details.workflow.status === 'INITIATED' || details.workflow.status === 'ACQUIRED') return 'pending';

  const sameSeller = details.workflow.userReference === payout.sellerId;
  posthog.capture({
    distinctId: payout.sellerId,
    event: 'payout_face_login_decided',
    properties: { ...details, payoutId: payout.id, sameSeller },
  });

  const decision = details.capabilities?.authentication?.[0]?.decision.type;
  if (details.workflow.status === 'PROCESSED' && decision === 'PASSED' && sameSeller) {
    await releasePayout(payout.id, { faceLoginReference: details.workflow.id, decidedAt: details.createdAt });
    return 'released';
  }
  await holdPayout(payout.id, `face login ${(decision ?? details.workflow.status).toLowerCase()}${sameSeller ? '' : ' (other person)'}`);
  return 'held';
}
