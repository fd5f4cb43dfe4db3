import got from 'got';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
}

// got with the legacy host as the call's own prefixUrl (got rejects an absolute URL beside a prefixUrl), and the
// same through an instance whose own prefixUrl the call replaces.
// TODO(netverify-migrate): retrieval-authentication: this got.extend() instance still carries the legacy Basic credentials (migrated calls override username, password and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = got.extend({ username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET, responseType: 'json' });

export async function loadUser(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await got(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  }).json<AuthenticationDetails>();
  return details.workflow.userReference;
}

export async function loadReference(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const { body } = await jumio.get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, username: '', password: '', timeout: { request: 5000 } });
  return body.workflow.id;
}
