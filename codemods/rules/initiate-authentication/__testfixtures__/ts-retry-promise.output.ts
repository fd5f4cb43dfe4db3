// ts-retry-promise's retry(thunk, config) resolves with what the thunk resolves to: the response flows out of it.
// Its retryDecorator returns a function, not the response: a call through it is not followed that way.
import axios from 'axios';
import { retry, retryDecorator } from 'ts-retry-promise';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(enrollment: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await retry(
    async () => {
      const kyxAccount = await resolveKyxAccount(enrollment);
      return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    },
    { retries: 2, delay: 400 },
  );
  return { url: res.data.web.href as string, reference: res.data.workflowExecution.id as string };
}

// The decorated function's calls are not followed: the thunk's response leaves it whole (item).
// TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the code that calls this handler: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
const startWithRetries = retryDecorator(
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  async (enrollment: string) => {
    const kyxAccount2 = await resolveKyxAccount(enrollment);
    return axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  },
  { retries: 2 },
);

export async function startDecorated(enrollment: string) {
  const res = await startWithRetries(enrollment);
  return res.status;
}
