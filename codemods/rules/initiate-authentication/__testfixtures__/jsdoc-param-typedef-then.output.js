// @ts-check
// A promise chain without async whose last callback is typed by an inline JSDoc `@param`: the @typedef it names
// describes the response, so it moves with the reads (checkJs would report start.web otherwise).
import fetch from 'node-fetch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

/**
 * @typedef {object} FaceLoginStart
 * @property {string} timestamp
 * @property {{ href: string }} web
 * @property {{ id: string }} workflowExecution
 */

/** @typedef {{ id: string, enrollmentRef: string, redirectUrl: string }} Customer */

/**
 * @param {Customer} customer
 * @returns {Promise<{ url: string, reference: string }>}
 */
export async function startFaceLogin(customer) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(customer.enrollmentRef);
  return fetch(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
    body: JSON.stringify({ customerInternalReference: customer.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: customer.id }),
  })
    .then((res) => res.json())
    .then(
      /** @param {FaceLoginStart} start */
      (start) => ({ url: start.web.href, reference: start.workflowExecution.id }),
    );
}
