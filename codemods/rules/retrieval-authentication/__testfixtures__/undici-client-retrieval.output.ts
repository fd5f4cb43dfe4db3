import * as undici from 'undici';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export class NetverifyResults {
  private readonly client = new undici.Client('https://core-sgp.jumio.com');

  constructor(private readonly token: string, private readonly secret: string) {}

  async authentication(reference: string): Promise<{ ref: string; user?: string }> {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const { body } = await undici.request(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
      method: 'GET',
      headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}`, Accept: 'application/json' },
    });
    const details = (await body.json()) as { workflow: { id: string; userReference?: string } };
    return { ref: details.workflow.id, user: details.workflow.userReference };
  }
}

const agent = new undici.Agent({ keepAliveTimeout: 5_000 });

export async function resultViaAgent(ref: string, basic: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const { body } = await agent.request({
    origin: 'https://retrieval.amer-1.jumio.ai',
    path: `/api/v1/accounts/${accountId}/workflow-executions/${ref}`,
    method: 'GET',
    headers: { authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const { workflow: { userReference } } = (await body.json()) as { workflow: { id: string; userReference?: string } };
  return userReference;
}
