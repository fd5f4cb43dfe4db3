// Deno: the file's last import only built the Basic header: it goes, and the helper's imports take its place.

import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: this runs on Deno: kyx-auth.ts uses Buffer, which Deno has only from node:buffer — add import { Buffer } from 'node:buffer' to it (process.env needs --allow-env), and import it by its exact file name (Deno does not map a .js specifier to a .ts file)
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
  const details: { workflow: { userReference?: string } } = await res.json();
  return details.workflow.userReference;
}
