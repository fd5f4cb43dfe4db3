// p-timeout settles with the value of the promise it is given: the reads after `await pTimeout(call, opts)` are
// reads of the details.
import pTimeout from 'p-timeout';
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function faceLoginUser(ref: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const { data } = await pTimeout(axios.get<{ workflow: { id: string; userReference?: string } }>(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  }), { milliseconds: 3000 });
  return data.workflow.userReference;
}
