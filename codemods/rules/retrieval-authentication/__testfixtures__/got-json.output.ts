import got from 'got';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; enrollmentTransactionReference is not in the KYX workflow details (now: not returned; closest is account.id (keep your own mapping)); transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface JumioAuthResult {
  workflow: { id: string; userReference?: string };
  enrollmentTransactionReference: string;
  transactionResult: string;
}

export async function loadResult(ref: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const result = await got
    .get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .json<JumioAuthResult>();
  return result.workflow.userReference;
}
