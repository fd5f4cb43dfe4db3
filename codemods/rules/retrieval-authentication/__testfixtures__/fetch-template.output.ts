// Authentication result lookup (legacy Netverify retrieval API).
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type); transactionDate is not in the KYX workflow details (now: createdAt (or startedAt; the guides do not say which))
interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
}

export async function fetchAuthenticationResult(reference: string): Promise<{ passed: boolean; user?: string; ref: string }> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
      'User-Agent': 'Acme Shop/1.4',
    },
  });
  if (!res.ok) throw new Error(`retrieval failed: ${res.status}`);
  const details = (await res.json()) as AuthenticationDetails;
  return {
    // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
    passed: details.transactionResult === 'PASSED',
    user: details.workflow.userReference,
    ref: details.workflow.id,
  };
}
