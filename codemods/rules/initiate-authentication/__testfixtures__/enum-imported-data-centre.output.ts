import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const response = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  return { url: response.data.web.href, reference: response.data.workflowExecution.id };
}
