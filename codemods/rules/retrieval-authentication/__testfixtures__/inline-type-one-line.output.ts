import got from 'got';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// Inline type literals written on one line: the moved members leave no separator before the closing brace.
export async function referenceOf(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const body = await got(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } })
    .json<{ workflow: { userReference: string; id: string } }>();
  return body.workflow.id;
}

export async function detailsOf(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
  const details = (await res.json()) as { workflow: { id: string; userReference?: string }; transactionResult: string };
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return { ref: details.workflow.id, user: details.workflow.userReference, passed: details.transactionResult === 'PASSED' };
}
