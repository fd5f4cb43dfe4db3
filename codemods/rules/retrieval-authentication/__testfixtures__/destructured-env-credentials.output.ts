// Credentials destructured from process.env (and from a secrets call) that only built the Basic header.
import { getSecrets } from './secrets';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function faceLoginUser(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = await res.json();
  return details.workflow.userReference;
}

export async function euFaceLoginUser(reference: string) {
  const { APP_NAME } = process.env;
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'User-Agent': `${APP_NAME}/1.0` },
  });
  const details = await res.json();
  return details.workflow.userReference;
}

export async function sgFaceLoginUser(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: token, secret fed only the legacy Basic credentials and are no longer read (noUnusedLocals reports them): remove them, and what computes them if nothing else needs it
  const { token, secret } = await getSecrets('jumio');
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
  });
  const details = await res.json();
  return details.workflow.userReference;
}
