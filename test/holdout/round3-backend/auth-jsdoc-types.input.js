// @ts-check
import axios from 'axios';

/**
 * @typedef {object} NetverifyInitiateResponse
 * @property {string} timestamp
 * @property {string} redirectUrl
 * @property {string} transactionReference
 */

/**
 * @typedef {object} FaceAuthStart
 * @property {string} redirectUrl  URL of the Jumio web client for the iFrame
 * @property {string} reference    Jumio transaction reference
 */

const JUMIO_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

/**
 * Starts a face authentication for an enrolled customer.
 * @param {{ id: string, enrollmentRef: string }} customer
 * @returns {Promise<FaceAuthStart>}
 */
export async function startFaceAuth(customer) {
  /** @type {import('axios').AxiosResponse<NetverifyInitiateResponse>} */
  const response = await axios.post(JUMIO_INITIATE, {
    enrollmentTransactionReference: customer.enrollmentRef,
    userReference: customer.id,
  }, {
    auth: { username: String(process.env.JUMIO_TOKEN), password: String(process.env.JUMIO_SECRET) },
  });
  return { redirectUrl: response.data.redirectUrl, reference: response.data.transactionReference };
}
