// A dead credentials variable spelled like a member of a type of the file — `secret` beside `{ token; secret }`,
// `token` beside `interface Session { token }` — is still dead: a member's name is no read of the variable.
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface Session {
  token: string;
}

export async function userWithSecret(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: secret fed only the legacy Basic credentials and is no longer read (noUnusedLocals reports it): remove it, and what computes it if nothing else needs it
  const secret = (await getSecret('prod/jumio', { transform: 'json' })) as { token: string; secret: string };
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = (await res.json()) as { workflow: { userReference?: string } };
  return details.workflow.userReference;
}

export async function userWithEnv(session: Session) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(session.token);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${session.token}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = (await res.json()) as { workflow: { userReference?: string } };
  return details.workflow.userReference;
}
