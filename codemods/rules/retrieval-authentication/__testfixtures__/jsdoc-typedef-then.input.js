// @ts-check
// A JSDoc-typed promise chain: the `then` callback's @param names an inline @typedef of the details.

/**
 * @typedef {{ transactionReference: string, userReference?: string, transactionResult: string }} FaceLoginDetails
 */

/**
 * Another API's response with the same field names (the app's own ledger): not the details, left as it is.
 * @typedef {{ transactionReference: string, userReference: string }} LedgerEntry
 */

/** @param {string} reference */
export function faceLoginOutcome(reference) {
  return fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64') },
  })
    .then((res) => res.json())
    .then(
      /** @param {FaceLoginDetails} details */
      (details) => ({ user: details.userReference, id: details.transactionReference }),
    );
}

/** @param {LedgerEntry} entry */
export const ledgerLabel = (entry) => `${entry.userReference}/${entry.transactionReference}`;
