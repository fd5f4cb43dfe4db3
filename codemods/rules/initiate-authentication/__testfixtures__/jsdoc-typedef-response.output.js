// @ts-check
// The @typedef a JSDoc @type names for the response is rewritten (checkJs accepts the new reads); others stay.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

/**
 * @typedef {object} InitiateResponse
 * @property {string} timestamp
 * @property {{ href: string }} web
 * @property {{ id: string }} workflowExecution
 */

/** @typedef {{ redirectUrl: string }} OwnResult */

/** @returns {Promise<OwnResult>} */
export async function start(ref) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(ref);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  /** @type {InitiateResponse} */
  const data = await res.json();
  return { redirectUrl: data.web.href };
}
