// The AsyncLocalStorage is exported: other modules may write the same slot of its store, so its reads are not followed
// — only the "leaves whole" item at the store.
import { AsyncLocalStorage } from 'node:async_hooks';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export const requestState = new AsyncLocalStorage();

export async function startFaceLogin(enrollment, next) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  requestState.getStore().started = await res.json();
  next();
}

export function answerUrl() {
  return requestState.getStore()?.started?.redirectUrl;
}
