// The details as one alternative of an expression: `res.ok ? await res.json() : null` holds them (reads move);
// `(await res.json()) || {}` mixes them with a stand-in object (flagged).
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function userOf(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  const details = res.ok ? await res.json() : null;
  return details?.workflow.userReference;
}

export async function referenceOf(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  const details = (await res.json()) || {};
  return details.transactionReference;
}
