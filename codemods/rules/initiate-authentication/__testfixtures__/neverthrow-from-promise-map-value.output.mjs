// neverthrow: the initiate's failure is a value; the answer is read from the Result after isOk().
import axios from 'axios';
import { ResultAsync } from 'neverthrow';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startStepUp(user) {
  // TODO(netverify-migrate): initiate-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the Err of neverthrow's fromPromise(): wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const result = await ResultAsync.fromPromise(
    axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: user.id,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: user.id,
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } }),
    (e) => ({ kind: 'vendor', message: String(e) }),
  ).map((response) => response.data);
  if (result.isErr()) return { ok: false, reason: result.error.message };
  return { ok: true, url: result.value.web.href, reference: result.value.workflowExecution.id };
}
