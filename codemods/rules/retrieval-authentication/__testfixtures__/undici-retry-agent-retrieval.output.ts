import { Agent, RetryAgent } from 'undici';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const agent = new Agent({ keepAliveTimeout: 10_000 });
// The retrieval is safe to repeat: retry it on 5xx and network errors.
const retrying = new RetryAgent(agent, { maxRetries: 4, statusCodes: [502, 503, 504] });

export async function authenticationUser(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { body } = await retrying.request({
    origin: 'https://retrieval.emea-1.jumio.ai',
    path: `/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
    method: 'GET',
    headers: { authorization: `Bearer ${await kyxAccessToken('emea-1')}`, accept: 'application/json' },
  });
  const details = (await body.json()) as { workflow: { userReference?: string } };
  return details.workflow.userReference;
}
