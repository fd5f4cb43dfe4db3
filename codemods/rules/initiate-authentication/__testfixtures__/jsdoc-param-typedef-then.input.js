// @ts-check
// A promise chain without async whose last callback is typed by an inline JSDoc `@param`: the @typedef it names
// describes the response, so it moves with the reads (checkJs would report start.web otherwise).
import fetch from 'node-fetch';

/**
 * @typedef {object} FaceLoginStart
 * @property {string} timestamp
 * @property {string} redirectUrl
 * @property {string} transactionReference
 */

/** @typedef {{ id: string, enrollmentRef: string, redirectUrl: string }} Customer */

/**
 * @param {Customer} customer
 * @returns {Promise<{ url: string, reference: string }>}
 */
export function startFaceLogin(customer) {
  return fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    body: JSON.stringify({ enrollmentTransactionReference: customer.enrollmentRef, userReference: customer.id }),
  })
    .then((res) => res.json())
    .then(
      /** @param {FaceLoginStart} start */
      (start) => ({ url: start.redirectUrl, reference: start.transactionReference }),
    );
}
