// The parsed response as one alternative of an expression: `ok ? await res.json() : null` and `ok && …` hold the
// response (its reads move); `(await res.json()) || {}` mixes it with a stand-in object (flagged: a read rewritten to
// the KYX shape would throw on the stand-in).
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';
const HEADERS = { Authorization: `Basic ${process.env.JUMIO_BASIC}`, 'Content-Type': 'application/json' };

export async function linkOrNull(ref) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(ref);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { method: 'PUT', headers: { ...HEADERS, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }) });
  const data = res.ok ? await res.json() : null;
  return data?.web?.href;
}

export async function referenceIfOk(ref) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(ref);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { method: 'PUT', headers: { ...HEADERS, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }) });
  const data = res.ok && (await res.json());
  return data ? data.workflowExecution.id : undefined;
}

export async function linkOrEmpty(ref) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount3 = await resolveKyxAccount(ref);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount3.accountId}`, { method: 'PUT', headers: { ...HEADERS, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount3.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }) });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  const data = (await res.json()) || {};
  return data.redirectUrl;
}
