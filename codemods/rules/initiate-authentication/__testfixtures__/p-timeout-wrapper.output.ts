// p-timeout settles with the value of the promise it is given (or rejects on timeout): the reads after
// `await pTimeout(call, { milliseconds })` are reads of the response.
import pTimeout from 'p-timeout';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(enrollment: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const { data } = await pTimeout(
    axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    }),
    { milliseconds: 5000 },
  );
  return { url: data.web.href, ref: data.workflowExecution.id };
}
