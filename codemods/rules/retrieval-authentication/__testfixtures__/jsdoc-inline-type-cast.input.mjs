// @ts-check
// The details typed by an inline JSDoc cast where they are parsed: its @typedef gets the KYX workflow member.
/**
 * @typedef {object} FaceLoginDetails
 * @property {string} transactionReference
 * @property {string} transactionResult
 */

export async function faceLoginPassed(reference) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
  });
  const details = /** @type {FaceLoginDetails} */ (await res.json());
  return details.transactionReference === reference && details.transactionResult === 'PASSED';
}
