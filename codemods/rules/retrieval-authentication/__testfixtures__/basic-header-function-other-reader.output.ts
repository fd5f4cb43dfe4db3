import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

function authHeader() {
  return 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
}

export async function fetchAuthenticationResult(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return (await res.json()).transactionResult;
}

export async function fetchScanImages(scanReference: string) {
  return fetch(`https://netverify.com/api/netverify/v2/scans/${scanReference}/images`, { headers: { Authorization: authHeader() } });
}
