import wretch from 'wretch';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
}

// A shared wretch instance on the legacy base: the call's own .url() replaces the base (`, true`) and its own .auth()
// the instance's Basic header; the instance is left for its other calls.
// TODO(netverify-migrate): retrieval-authentication: this wretch() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = wretch('https://lon.netverify.com/api/netverify/v2').auth(`Basic ${process.env.JUMIO_BASIC}`);

export async function userOf(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await jumio.url(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, true).auth(`Bearer ${await kyxAccessToken('emea-1')}`).get().json<AuthenticationDetails>();
  return details.workflow.userReference;
}

// A chain from wretch(base) written one link per line, the Authorization header in its .headers().
export async function referenceOf(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await wretch('https://core-sgp.jumio.com')
    .url(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, true)
    .headers({ Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('apac-1')}` })
    .get()
    .json<AuthenticationDetails>();
  return details.workflow.id;
}

// Headers the codemod cannot read may set Authorization after the Bearer one: flagged.
export async function withHeaders(ref: string, headers: Record<string, string>) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: could not set the Authorization header: the chain sets headers the codemod cannot read; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  const details = await jumio.url(`/authentications/${ref}`).headers(headers).get().json<{ userReference?: string }>();
  return details.userReference;
}
