import ky from 'ky';
import { kyxBearer } from './kyx-auth-local.mjs';

export async function workflowDecision(accountId, workflowExecutionId) {
  const details = await ky
    .get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
      headers: { Authorization: await kyxBearer() },
    })
    .json();
  return {
    transactionReference: details.workflow.id,
    transactionResult: details.decision?.type === 'PASSED' ? 'PASSED' : 'FAILED',
  };
}
