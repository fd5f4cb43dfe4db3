// An async function that handles the call's errors with .catch() on the chain: the account lookup and the token are
// awaited before the call, so their failures skip that handler (flagged); inside a try block they would not.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startStepUp(enrollmentTransactionReference, log) {
  // TODO(netverify-migrate): initiate-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the .catch() handler: wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  return axios
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    })
    .then((res) => res.data.web.href)
    .catch((err) => {
      log.error(err);
      return null;
    });
}

export async function startStepUpGuarded(enrollmentTransactionReference, log) {
  try {
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount2 = await resolveKyxAccount(enrollmentTransactionReference);
    return await axios
      .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
        headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      })
      .catch(() => null);
  } catch (err) {
    log.error(err);
    return null;
  }
}
