import axios from 'axios';
import { JUMIO_USER_AGENT } from './config';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function requestFaceCheck(enrollmentTransactionReference: string, callbackUrl: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  return axios
    .put(
      `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, callbackUrl },
      { headers: { 'User-Agent': JUMIO_USER_AGENT, Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
    )
    .then((response) => response.data)
    .then((data) => {
      const link = data?.web?.href;
      const reference = data['workflowExecution']['id'];
      return { link, reference };
    });
}
