// Bluestem Mutual (US) claims: a claim paid above the desk limit waits for the claimant's face login. Every quarter
// hour the open face logins are settled in one go. One that cannot be fetched right now (a vendor hiccup, or a 404
// while it is still being set up) is simply tried again next time, so one failure must not sink the whole run.
import { kyxBearer } from './kyx-token-cache.js';
import { openKyxFaceLogins, recordFaceLoginDecision, type OpenKyxFaceLogin } from './db.js';

const KYX_ACCOUNTS = 'https://retrieval.amer-1.jumio.ai/api/v1/accounts';

interface WorkflowDetails {
  createdAt: string;
  completedAt?: string;
  workflow: {
    id: string;
    status: 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED';
    userReference?: string;
  };
  capabilities?: { authentication?: Array<{ decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' } }> };
}

async function fetchWorkflow(login: OpenKyxFaceLogin): Promise<WorkflowDetails> {
  const res = await fetch(`${KYX_ACCOUNTS}/${login.accountId}/workflow-executions/${encodeURIComponent(login.workflowExecutionId)}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${await kyxBearer('amer-1')}`,
      'User-Agent': 'Bluestem-Claims/3.1',
    },
  });
  if (!res.ok) throw new Error(`face login ${login.workflowExecutionId}: HTTP ${res.status}`);
  return (await res.json()) as WorkflowDetails;
}

export async function settleOpenFaceLogins(): Promise<{ decided: number; pending: number; unreachable: string[] }> {
  const open = await openKyxFaceLogins();
  const outcomes = await Promise.allSettled(open.map((login) => fetchWorkflow(login)));

  let decided = 0;
  let pending = 0;
  const unreachable: string[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const login = open[i];
    if (outcome.status === 'rejected') {
      unreachable.push(login.workflowExecutionId);
      continue;
    }
    const details = outcome.value;
    if (details.workflow.status === 'INITIATED' || details.workflow.status === 'ACQUIRED') {
      pending += 1;
      continue;
    }
    const decision = details.capabilities?.authentication?.[0]?.decision.type;
    await recordFaceLoginDecision(login.claimId, {
      reference: details.workflow.id,
      passed: decision === 'PASSED' && details.workflow.userReference === login.claimantId,
      decidedAt: details.completedAt ?? details.createdAt,
    });
    decided += 1;
  }
  return { decided, pending, unreachable };
}
