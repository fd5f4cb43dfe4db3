// @ts-check
// Straits Mutual (SG) claims: before a claim is paid to a new bank account, the adjuster's console asks whether the
// claimant's face login passed. Plain ESM JavaScript that tsc checks (checkJs) through JSDoc; the vendor's answer is
// typed with an inline @type cast where it is parsed.
import { findPayoutChange, recordFaceLoginDecision } from './db.mjs';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

/**
 * The vendor's details of one face login.
 * @typedef {object} AuthenticationDetails
 * @property {string} transactionReference
 * @property {'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED'} transactionResult
 * @property {string} transactionDate
 * @property {string} [userReference]
 */

/**
 * @param {string} changeId
 * @returns {Promise<{ decided: boolean, passed: boolean }>}
 */
export async function faceLoginDecision(changeId) {
  const change = await findPayoutChange(changeId);
  const res = await fetch(`${NV_SG_AUTHENTICATIONS}/${change.faceLoginReference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.STRAITS_NV_TOKEN}:${process.env.STRAITS_NV_SECRET}`).toString('base64')}`,
      'User-Agent': 'StraitsMutual-Claims/2.3',
    },
  });
  if (!res.ok) throw new Error(`face login lookup failed: HTTP ${res.status}`);
  const details = /** @type {AuthenticationDetails} */ (await res.json());

  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
    return { decided: false, passed: false };
  }
  const passed = details.transactionResult === 'PASSED' && details.userReference === change.claimantId;
  await recordFaceLoginDecision(change.id, details.transactionReference, passed, details.transactionDate);
  return { decided: true, passed };
}
