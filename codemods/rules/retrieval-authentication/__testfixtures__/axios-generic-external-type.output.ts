import axios from 'axios';
import type { NetverifyAuthentication } from './jumio-types.js';
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';

export async function isSameUser(reference: string, userId: string): Promise<boolean> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const response = await axios.request<NetverifyAuthentication>({
    url: `https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    method: 'GET',
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
  });
  return response.data.workflow.userReference === userId && response.data?.workflow.id === reference;
}
