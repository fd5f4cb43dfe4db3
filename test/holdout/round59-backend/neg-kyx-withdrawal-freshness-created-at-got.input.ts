// Bellwater Securities (LU) transfers out: a transfer to a new account is executed only after a face login that passed
// in the last ten minutes. This service was built on the KYX platform from the start (workflow 9 on the member's
// account). TypeScript, got 11; tokens from our own cache.
import got from 'got';
import type { KyxTransferOut } from './db.js';
import { kyxBearer } from './kyx-token-cache.js';

const KYX_RETRIEVAL_EU = 'https://retrieval.emea-1.jumio.ai/api/v1/accounts';
const FRESH_FOR_MS = 10 * 60 * 1000;

interface WorkflowDetails {
  createdAt: string;
  completedAt?: string;
  workflow: { id: string; status: 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED'; userReference?: string };
  capabilities?: { authentication?: { decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' } }[] };
}

export type FaceLoginGate =
  | { ok: true; reference: string }
  | { ok: false; reason: 'pending' | 'failed' | 'stale' | 'other-member' };

export async function transferFaceLoginGate(transfer: KyxTransferOut, now = Date.now()): Promise<FaceLoginGate> {
  const details = await got(`${KYX_RETRIEVAL_EU}/${transfer.kyxAccountId}/workflow-executions/${transfer.workflowExecutionId}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxBearer('emea-1')}`, 'User-Agent': 'Bellwater-Transfers/1.2' },
  }).json<WorkflowDetails>();

  if (details.workflow.status === 'INITIATED' || details.workflow.status === 'ACQUIRED') return { ok: false, reason: 'pending' };
  const decision = details.capabilities?.authentication?.[0]?.decision.type;
  if (details.workflow.status !== 'PROCESSED' || decision !== 'PASSED') return { ok: false, reason: 'failed' };
  if (details.workflow.userReference !== transfer.memberNo) return { ok: false, reason: 'other-member' };

  // When the workflow finished; the creation time if the answer has no completion time.
  const decidedAt = Date.parse(details.completedAt ?? details.createdAt);
  if (Number.isNaN(decidedAt) || now - decidedAt > FRESH_FOR_MS) return { ok: false, reason: 'stale' };

  return { ok: true, reference: details.workflow.id };
}
