// @ts-check
// The lookup and the marker go above a comment that applies to the call's line (a JSDoc @type, a lint directive).
import axios from 'axios';

/** @typedef {{ data: { redirectUrl: string } }} InitiateResponse */

export async function startFaceAuth(customer) {
  /** @type {InitiateResponse} */
  const response = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: customer.enrollmentRef,
    userReference: customer.id,
  }, { auth: { username: String(process.env.JUMIO_TOKEN), password: String(process.env.JUMIO_SECRET) } });
  return response.data.redirectUrl;
}
