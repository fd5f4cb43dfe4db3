// A route parameter or query value is `string | undefined` / `string | null`: the legacy URL took it as it came.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export async function authenticationStatus(requestUrl: string, params: { ref?: string }) {
  const ref = new URL(requestUrl).searchParams.get('ref');
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const { accountId: kyxAccountId } = await resolveKyxWorkflowAccount(params.ref);
  const other = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${kyxAccountId}/workflow-executions/${params.ref}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return [res.status, other.status];
}
