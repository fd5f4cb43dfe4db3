import { request } from 'undici';
import { USER_AGENT } from './constants.js';
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';

export async function authenticationStatus(authRef: string, basicAuth: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(authRef);
  const url = `https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${authRef}`;
  const { statusCode, body } = await request(url, {
    method: 'GET',
    headers: { accept: 'application/json', authorization: `Bearer ${await kyxAccessToken('apac-1')}`, 'user-agent': USER_AGENT },
  });
  if (statusCode === 404) return undefined;
  // TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
  const result = (await body.json()) as { workflow: { id: string; userReference?: string }; transactionResult: string };
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return { reference: result['workflow']['id'], result: result.transactionResult };
}
