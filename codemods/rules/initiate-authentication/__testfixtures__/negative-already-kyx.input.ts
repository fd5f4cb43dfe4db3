import axios from 'axios';

// Already migrated to KYX: the customer maps web.href to its own `redirectUrl` name. Leave alone.
export interface JumioInitiateResult {
  accountId: string;
  workflowExecutionId: string;
  redirectUrl: string;
}

export async function authenticate(accountId: string, credentialId: string, token: string, enrollmentTransactionReference: string): Promise<JumioInitiateResult> {
  const res = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`,
    {
      customerInternalReference: enrollmentTransactionReference,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    },
    { headers: { Authorization: `Bearer ${token}`, 'User-Agent': 'Example/2.0' } },
  );
  return { accountId: res.data.account.id, workflowExecutionId: res.data.workflowExecution.id, redirectUrl: res.data.web.href };
}
