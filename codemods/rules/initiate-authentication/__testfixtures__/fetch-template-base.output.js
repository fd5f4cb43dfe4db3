import fetch from 'node-fetch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function initiateFaceLogin(user) {
  const kyxAccount = await resolveKyxAccount(user.jumioScanReference);
  const payload = {
    customerInternalReference: user.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: user.id,
    callbackUrl: `${process.env.PUBLIC_URL}/jumio/callback`,
    web: { successUrl: process.env.PUBLIC_URL + '/login/done' },
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Login/2.3',
      Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
    },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`Jumio initiate failed: ${res.status}`);
  const data = await res.json();
  console.log('authentication started', data.workflowExecution.id);
  return { redirect: data.web.href, ref: data.workflowExecution.id };
}
