// @ts-check
// The payment provider's transaction lookup, JSDoc-typed like a Jumio retrieval: another API, left as it is.

/**
 * @typedef {{ transactionReference: string, userReference?: string, transactionResult: string }} PaymentLookup
 */

/** @param {string} reference */
export function paymentOutcome(reference) {
  return fetch(`https://api.payments.example.com/v2/transactions/${reference}`, { headers: { Authorization: `Bearer ${process.env.PSP_KEY}` } })
    .then((res) => res.json())
    .then(
      /** @param {PaymentLookup} lookup */
      (lookup) => ({ user: lookup.userReference, id: lookup.transactionReference, ok: lookup.transactionResult === 'PASSED' }),
    );
}
