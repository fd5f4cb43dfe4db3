import axios from 'axios';

export interface JumioInitiateResult {
  accountId: string;
  workflowExecutionId: string;
  redirectUrl: string;
}

export async function createKyxAccount(token: string, customerInternalReference: string): Promise<JumioInitiateResult> {
  const { data } = await axios.post(
    'https://account.emea-1.jumio.ai/api/v1/accounts',
    { customerInternalReference, workflowDefinition: { key: 3 }, web: { successUrl: 'https://app.example.com/ok' } },
    { headers: { Authorization: `Bearer ${token}`, 'User-Agent': 'Acme/5' } },
  );
  return { accountId: data.account.id, workflowExecutionId: data.workflowExecution.id, redirectUrl: data.web.href };
}
