// new URL(path, base): the reference is in the absolute path, the host in the base constant.
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function details(ref, creds) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const url = `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(ref)}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, Accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  const json = await res.json();
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  // TODO(netverify-migrate): retrieval-authentication: scanSource is not in the KYX workflow details (lost): not stated anywhere in the KYX API
  return { passed: json.transactionResult === 'PASSED', source: json.scanSource };
}
