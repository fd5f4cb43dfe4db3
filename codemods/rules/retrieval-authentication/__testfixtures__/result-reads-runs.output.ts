import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function settle(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  if (data.transactionResult === 'CREATED' || data.transactionResult === 'STARTED') return 'pending';
  await audit(reference, data.transactionResult);
  await notify(reference, data.transactionResult === 'PASSED');

  // the date is shown next to the result
  // TODO(netverify-migrate): retrieval-authentication: transactionDate is not in the KYX workflow details (derived): createdAt (or startedAt; the guides do not say which)
  const when = data.transactionDate;
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return `${data.transactionResult} at ${when}`;
}

declare function audit(ref: string, result: string): Promise<void>;
declare function notify(ref: string, passed: boolean): Promise<void>;
