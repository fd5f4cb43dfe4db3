// The module-level Basic credentials sit between two blank lines: removing them leaves one blank line, not two.
import { z } from 'zod';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const Reference = z.string().uuid();

export async function authenticationUser(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(Reference.parse(reference));
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${Reference.parse(reference)}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, Accept: 'application/json' },
  });
  const details = (await res.json()) as { workflow: { userReference?: string } };
  return details.workflow.userReference;
}
