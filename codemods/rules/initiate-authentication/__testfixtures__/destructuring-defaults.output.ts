import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// Defaults in a destructuring say the value may be missing: after the rewrite the old default must still apply
// (a missing `web` must not make the destructuring throw).
export async function faceLogin(enrollmentTransactionReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const response = await axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  const { data: { web: { href: url = '/fallback' } = {}, workflowExecution: { id: transactionReference } = {} } = {} } = response;
  return { url, transactionReference };
}

export async function faceLoginFetch(enrollmentTransactionReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollmentTransactionReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  const json = (await res.json()) as { web: { href?: string }; workflowExecution: { id?: string } };
  const { web: { href: link = '' } = {}, workflowExecution: { id: ref = 'unknown' } = {} } = json;
  const { web: { href: redirectUrl } } = json;
  return { link, ref, redirectUrl };
}
