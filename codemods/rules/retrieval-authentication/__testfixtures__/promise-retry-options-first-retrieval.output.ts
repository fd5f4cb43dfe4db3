// promise-retry with its options first: it resolves with what the task resolves to, the retrieval's details.
import promiseRetry from 'promise-retry';
import got from 'got';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface AuthenticationDetails {
  workflow: { id: string; userReference: string };
}

export async function userOf(reference: string): Promise<string> {
  const details = await promiseRetry({ retries: 2, minTimeout: 200 }, async (retry) =>
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    got(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(reference)).accountId}/workflow-executions/${reference}`, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    }).json<AuthenticationDetails>().catch(retry));
  return details.workflow.userReference;
}
