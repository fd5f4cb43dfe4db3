import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const headers = {
  'Content-Type': 'application/json',
  Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
};

export async function startFaceLogin(enrollmentReference) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { ...headers, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  return (await res.json()).web.href;
}

// A config built elsewhere with headers built elsewhere again: no place for the Bearer header is proven.
const sharedInit = { headers: sharedHeaders() };
function sharedHeaders() {
  return { Authorization: `Basic ${process.env.JUMIO_BASIC}` };
}
export async function startWithSharedInit(enrollmentReference) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    ...sharedInit,
    method: 'PUT',
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
    headers: { ...sharedInit.headers, Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  return (await res.json()).web.href;
}
