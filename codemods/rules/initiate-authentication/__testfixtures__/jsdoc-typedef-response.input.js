// @ts-check
// The @typedef a JSDoc @type names for the response is rewritten (checkJs accepts the new reads); others stay.
/**
 * @typedef {object} InitiateResponse
 * @property {string} timestamp
 * @property {string} redirectUrl
 * @property {string} transactionReference
 */

/** @typedef {{ redirectUrl: string }} OwnResult */

/** @returns {Promise<OwnResult>} */
export async function start(ref) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  /** @type {InitiateResponse} */
  const data = await res.json();
  return { redirectUrl: data.redirectUrl };
}
