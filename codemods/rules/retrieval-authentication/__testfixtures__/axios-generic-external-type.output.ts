import axios from 'axios';
import type { NetverifyAuthentication } from './jumio-types.js';
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';

export async function isSameUser(reference: string, userId: string): Promise<boolean> {
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const response = await axios.request<NetverifyAuthentication>({
    url: `https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    method: 'GET',
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
  });
  return response.data.workflow.userReference === userId && response.data?.workflow.id === reference;
}
