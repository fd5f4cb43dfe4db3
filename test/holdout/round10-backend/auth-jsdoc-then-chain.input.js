// Plain JavaScript with JSDoc types (checked by the editor): no async, one promise chain.
import fetch from 'node-fetch';

/**
 * @typedef {object} FaceLoginStart
 * @property {string} timestamp
 * @property {string} redirectUrl
 * @property {string} transactionReference
 */

const INITIATE_URL = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

/**
 * Starts a face login for a returning customer (Singapore data centre).
 * @param {{ id: string, enrollmentRef: string }} customer
 * @returns {Promise<{ url: string, reference: string }>}
 */
export function startFaceLogin(customer) {
  return fetch(INITIATE_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64'),
    },
    body: JSON.stringify({ enrollmentTransactionReference: customer.enrollmentRef, userReference: customer.id, locale: 'en-GB' }),
  })
    .then((res) => res.json())
    .then(
      /** @param {FaceLoginStart} start */
      (start) => ({ url: start.redirectUrl, reference: start.transactionReference }),
    );
}
