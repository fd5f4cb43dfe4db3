// The response comes out of a retry wrapper: what pRetry / retry resolve with is the call's response.
import axios from 'axios';
import pRetry from 'p-retry';
import retry from 'async-retry';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function withPRetry(enrollment, user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await pRetry(async () => {
    const kyxAccount = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  }, { retries: 2 });
  return { url: res.data.web.href, ref: res.data.workflowExecution.id };
}

export async function withAsyncRetry(enrollment, user) {
  const { data } = await retry(async () => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount2 = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  });
  return data.web.href;
}
