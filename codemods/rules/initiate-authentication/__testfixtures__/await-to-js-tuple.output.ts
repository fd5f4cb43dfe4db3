// await-to-js: `const [err, res] = await to(call)` settles with [error, value]: the reads on the second element are
// reads of the response.
import to from 'await-to-js';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(enrollment: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the error element of await-to-js's to(): wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const [err, res] = await to(
    axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    }),
  );
  if (err || !res) throw new Error('face login unavailable');
  return { url: res.data.web.href, ref: res.data.workflowExecution.id };
}
