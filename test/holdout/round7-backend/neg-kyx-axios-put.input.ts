import axios from 'axios';
import { getKyxToken } from './kyx-token.js';

// Already on KYX: workflow 9 on the user's existing account.
export async function startKyxAuthentication(accountId: string, credentialId: string, userReference: string) {
  const token = await getKyxToken('emea-1');
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`,
    {
      customerInternalReference: userReference,
      userReference,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://app.example.com/auth/ok', locale: 'en' },
      tokenLifetime: '30m',
    },
    { headers: { Authorization: `Bearer ${token}`, 'User-Agent': 'Example KYX/1.0' } },
  );
  return { redirectUrl: data.web.href as string, transactionReference: data.workflowExecution.id as string };
}
