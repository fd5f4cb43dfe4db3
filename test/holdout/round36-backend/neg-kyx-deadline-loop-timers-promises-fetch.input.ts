// Step-up check of the members' API on the KYX platform (EMEA region): before a large payment is released, the route
// waits here until the workflow execution is final. The same deadline loop as before the switch: a pause from
// node:timers/promises between attempts that doubles up to half a minute, a 404 for an unknown execution, a timeout
// error once the deadline has passed, and the team's own client-credentials token.
import { setTimeout } from 'node:timers/promises';

const KYX_RETRIEVAL = 'https://retrieval.emea-1.jumio.ai';
const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';
const FIRST_PAUSE_MS = 2_000;
const MAX_PAUSE_MS = 30_000;

interface WorkflowExecutionDetails {
  workflow: { id: string; status: 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED'; userReference?: string };
  account: { id: string };
  createdAt: string;
  capabilities?: { authentication?: Array<{ decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' } }> };
}

export interface FaceLoginOutcome {
  workflowExecutionId: string;
  memberId: string | null;
  passed: boolean;
  decidedAt: string;
}

let cachedToken: { value: string; expiresAt: number } | undefined;

async function kyxBearer(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return `Bearer ${cachedToken.value}`;
  const client = Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64');
  const res = await fetch(KYX_TOKEN_URL, {
    method: 'POST',
    headers: { Authorization: `Basic ${client}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: ${res.status}`);
  const token = (await res.json()) as { access_token: string; expires_in: number };
  cachedToken = { value: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 };
  return `Bearer ${token.access_token}`;
}

export async function awaitFaceLoginOutcome(accountId: string, workflowExecutionId: string, timeoutMs = 5 * 60_000): Promise<FaceLoginOutcome> {
  const detailsUrl = `${KYX_RETRIEVAL}/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(workflowExecutionId)}`;
  const deadline = Date.now() + timeoutMs;
  let pause = FIRST_PAUSE_MS;

  while (Date.now() < deadline) {
    const res = await fetch(detailsUrl, {
      headers: { Accept: 'application/json', Authorization: await kyxBearer(), 'User-Agent': 'Fjordline Bank Step-Up/5.0' },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 404) throw new Error(`unknown workflow execution ${workflowExecutionId}`);
    if (res.ok) {
      const details = (await res.json()) as WorkflowExecutionDetails;
      const status = details.workflow.status;
      if (status === 'PROCESSED' || status === 'SESSION_EXPIRED' || status === 'TOKEN_EXPIRED') {
        return {
          workflowExecutionId: details.workflow.id,
          memberId: details.workflow.userReference ?? null,
          passed: status === 'PROCESSED' && details.capabilities?.authentication?.[0]?.decision.type === 'PASSED',
          decidedAt: details.createdAt,
        };
      }
    }
    await setTimeout(Math.min(pause, Math.max(0, deadline - Date.now())));
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
  }

  throw new Error(`workflow execution ${workflowExecutionId} still running after ${timeoutMs} ms`);
}
