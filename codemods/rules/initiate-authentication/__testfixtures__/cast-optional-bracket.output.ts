import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function initiate(enrollmentRef: string, minutes: number) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const response = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: enrollmentRef,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    tokenLifetime: `${minutes * 2}m`,
    web: { successUrl: 'https://example.com/ok' },
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': 'X/1' },
  });
  const data = response.data as { timestamp: string; web: { href: string }; workflowExecution: { id: string } };
  const url = data?.['web']?.['href'];
  const { workflowExecution: { id: transactionReference } } = data;
  return `${url} ${transactionReference}`;
}
