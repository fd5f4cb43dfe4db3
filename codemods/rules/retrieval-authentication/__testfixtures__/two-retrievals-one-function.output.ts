// Two retrievals in one function: each gets its own account id. Declaring `const { accountId }` twice in one scope
// is a redeclaration the output would not survive (the file parses, but TypeScript and every JS engine reject it).
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function compare(ref: string, previousRef: string, olderRef: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const now = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  const { accountId: kyxAccountId } = await resolveKyxWorkflowAccount(previousRef);
  const before = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${kyxAccountId}/workflow-executions/${previousRef}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  const { accountId: kyxAccountId2 } = await resolveKyxWorkflowAccount(olderRef);
  const older = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${kyxAccountId2}/workflow-executions/${olderRef}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return [now.data.workflow.userReference, before.data.workflow.userReference, older.data.workflow.userReference];
}
