// The legacy host is the call's own baseURL option (a constant only it reads), the path its URL.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
}

export async function authenticationUser(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    timeout: 10000,
  });
  return { user: data.workflow.userReference, reference: data.workflow.id };
}
