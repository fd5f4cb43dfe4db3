import axios from 'axios';
import { kyxToken } from './kyx-token';

interface KyxAccountResponse {
  account: { id: string };
  web: { href: string; successUrl?: string };
  workflowExecution: { id: string; credentials: Array<{ id: string; category: string }> };
}

export async function startFaceAuthentication(accountId: string, credentialId: string, userId: string) {
  const { data } = await axios.put<KyxAccountResponse>(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`,
    {
      customerInternalReference: userId,
      userReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://app.example/face/ok', locale: 'en' },
    },
    { headers: { Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Example/2.0' } },
  );
  // Our API keeps the legacy names for the mobile apps.
  return { redirectUrl: data.web.href, transactionReference: data.workflowExecution.id };
}
