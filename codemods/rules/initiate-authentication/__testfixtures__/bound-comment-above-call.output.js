// @ts-check
// The lookup and the marker go above a comment that applies to the call's line (a JSDoc @type, a lint directive).
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

/** @typedef {{ data: { web: { href: string } } }} InitiateResponse */

export async function startFaceAuth(customer) {
  const kyxAccount = await resolveKyxAccount(customer.enrollmentRef);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  /** @type {InitiateResponse} */
  const response = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: customer.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: customer.id,
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return response.data.web.href;
}
