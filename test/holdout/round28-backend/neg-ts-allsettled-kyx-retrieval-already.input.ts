// Nightly job of the pension portal, already on KYX (TypeScript, the global fetch): settles every workflow execution
// still pending, in parallel, with a Bearer token from our own token cache.
import type { KyxWorkflowDetails } from './types.js';
import { saveResult } from './store.js';

let cached: { token: string; expiresAt: number } | undefined;

async function kyxToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
  const res = await fetch('https://auth.emea-1.jumio.ai/oauth2/token', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  const json = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
  return cached.token;
}

export async function settlePendingWorkflows(
  pending: { accountId: string; workflowExecutionId: string }[],
): Promise<{ settled: number; failed: number }> {
  const outcomes = await Promise.allSettled(
    pending.map(async ({ accountId, workflowExecutionId }) => {
      const res = await fetch(
        `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`,
        { headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Acme Pensions Jobs/2.0' } },
      );
      if (!res.ok) throw new Error(`workflow ${workflowExecutionId}: HTTP ${res.status}`);
      const details = (await res.json()) as KyxWorkflowDetails;
      await saveResult(details.workflow.id, {
        status: details.workflow.status,
        decision: details.capabilities?.authentication?.[0]?.decision.type ?? null,
        member: details.workflow.userReference ?? null,
      });
    }),
  );
  const failed = outcomes.filter((outcome) => outcome.status === 'rejected').length;
  return { settled: outcomes.length - failed, failed };
}
