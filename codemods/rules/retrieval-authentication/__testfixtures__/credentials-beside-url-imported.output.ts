// The same settings imported by name; API_SECRET is still read by the health check, so it stays.
import axios from 'axios';
import { API_SECRET, USER_AGENT } from './netverify-endpoints.cjs';
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';

export async function lookup(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { 'User-Agent': USER_AGENT, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.workflow.userReference;
}

export const credentialsConfigured = () => API_SECRET.length > 0;
