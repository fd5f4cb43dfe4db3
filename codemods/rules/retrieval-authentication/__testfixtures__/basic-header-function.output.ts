import { db } from './db';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function fetchAuthenticationResult(reference: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Example Remix/1.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const body = await res.json();
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  await db.save(reference, body.transactionResult);
  return body.transactionResult;
}
