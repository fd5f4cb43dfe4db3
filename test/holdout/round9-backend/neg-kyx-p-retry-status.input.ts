// Already on KYX: polls the workflow execution status with p-retry until it is processed (EU).
import pRetry from 'p-retry';
import axios from 'axios';
import { getKyxToken } from './kyx-token';

export async function waitUntilProcessed(accountId: string, workflowExecutionId: string): Promise<string> {
  return pRetry(
    async () => {
      const { data } = await axios.get<{ workflowExecution: { status: string } }>(
        `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}/status`,
        { headers: { Authorization: `Bearer ${await getKyxToken('emea-1')}` } },
      );
      if (data.workflowExecution.status !== 'PROCESSED') throw new Error(`still ${data.workflowExecution.status}`);
      return data.workflowExecution.status;
    },
    { retries: 30, minTimeout: 2_000 },
  );
}
