// Already on KYX: workflow details cached in an lru-cache whose fetchMethod calls the retrieval host (US).
import { LRUCache } from 'lru-cache';
import { kyxToken } from './kyx-token.js';

export const workflowUsers = new LRUCache<string, string, { accountId: string }>({
  max: 1_000,
  fetchMethod: async (workflowExecutionId, _stale, { context }) => {
    const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${context.accountId}/workflow-executions/${workflowExecutionId}`, {
      headers: { Authorization: `Bearer ${await kyxToken('amer-1')}` },
    });
    const details = (await res.json()) as { workflow: { id: string; userReference?: string } };
    return details.workflow.userReference ?? '';
  },
});
