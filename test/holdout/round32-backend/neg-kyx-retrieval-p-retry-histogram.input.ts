// Payroll app (EU), migrated last year: settles a pending face login from the KYX retrieval API. The lookup is
// retried with p-retry and each attempt is timed by a prom-client histogram labelled with the HTTP status.
import pRetry, { AbortError } from 'p-retry';
import { Histogram } from 'prom-client';
import { markUserVerified, saveResult } from './store.js';

interface WorkflowExecutionDetails {
  workflow: { id: string; status: 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED'; userReference?: string };
  capabilities?: { authentication?: { decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' } }[] };
  createdAt: string;
}

const retrievalSeconds = new Histogram({
  name: 'kyx_retrieval_duration_seconds',
  help: 'Time to read a workflow execution from KYX',
  labelNames: ['status'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5],
});

let token: { value: string; expiresAt: number } | undefined;

async function kyxBearer(): Promise<string> {
  if (token && token.expiresAt > Date.now() + 60_000) return token.value;
  const res = await fetch('https://auth.emea-1.jumio.ai/oauth2/token', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${process.env.KYX_CLIENT_ID ?? ''}:${process.env.KYX_CLIENT_SECRET ?? ''}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const json = (await res.json()) as { access_token: string; expires_in: number };
  token = { value: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
  return token.value;
}

export async function settleFaceLogin(accountId: string, workflowExecutionId: string): Promise<'settled' | 'pending'> {
  const details = await pRetry(
    async () => {
      const end = retrievalSeconds.startTimer();
      const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxBearer()}`, 'User-Agent': 'Tallis Payroll/4.0' },
      });
      end({ status: String(res.status) });
      if (res.status === 404) throw new AbortError(`unknown workflow execution ${workflowExecutionId}`);
      if (!res.ok) throw new Error(`KYX retrieval answered ${res.status}`);
      return (await res.json()) as WorkflowExecutionDetails;
    },
    { retries: 4, minTimeout: 750 },
  );

  if (details.workflow.status === 'INITIATED' || details.workflow.status === 'ACQUIRED') return 'pending';
  const decision = details.capabilities?.authentication?.[0]?.decision.type ?? null;
  await saveResult(details.workflow.id, { status: details.workflow.status, decision, at: details.createdAt });
  if (details.workflow.userReference) await markUserVerified(details.workflow.userReference, decision === 'PASSED');
  return 'settled';
}
