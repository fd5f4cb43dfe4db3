import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const JUMIO_DEFAULTS = {
  auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  headers: { Accept: 'application/json', 'User-Agent': 'Beacon/5.0' },
  timeout: 15000,
};

const FETCH_DEFAULTS = {
  headers: {
    'Content-Type': 'application/json',
    Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
  },
};

// The shared defaults carry `auth`: axios would send it instead of the Bearer header.
export async function startWithDefaults(user, requestId) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  const response = await axios.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id },
    { ...JUMIO_DEFAULTS, headers: { ...JUMIO_DEFAULTS.headers, 'X-Request-Id': requestId, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, auth: null },
  );
  return response.data.web.href;
}

// Options from the caller: whatever they hold, auth must not win over the Bearer header.
export async function startWithCallerOptions(user, options) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(user.enrollmentRef);
  const response = await axios.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`,
    { customerInternalReference: user.enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { ...options, timeout: 5000, headers: { ...options?.headers, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, auth: null },
  );
  return response.data.workflowExecution.id;
}

// fetch: a headers object written after the spread would drop Content-Type; it is carried over.
export async function startWithFetchDefaults(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount3 = await resolveKyxAccount(user.enrollmentRef);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount3.accountId}`, {
    ...FETCH_DEFAULTS,
    method: 'PUT',
    body: JSON.stringify({ customerInternalReference: user.enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount3.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
    headers: { ...FETCH_DEFAULTS.headers, Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  const data = await res.json();
  return data.web.href;
}
