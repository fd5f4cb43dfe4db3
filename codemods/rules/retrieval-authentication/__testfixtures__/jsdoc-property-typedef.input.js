// @ts-check
const axios = require('axios');

/**
 * The legacy authentication details, as the docs listed them.
 * @typedef {object} AuthenticationDetails
 * @property {string} transactionReference the authentication's reference
 * @property {string} [userReference]
 * @property {string} transactionResult PASSED, FAILED, …
 * @property {string} enrollmentTransactionReference
 */

/**
 * @param {string} ref
 * @returns {Promise<string | undefined>}
 */
async function authenticatedUser(ref) {
  const res = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    auth: { username: process.env.JUMIO_TOKEN || '', password: process.env.JUMIO_SECRET || '' },
  });
  /** @type {AuthenticationDetails} */
  const details = res.data;
  return details.userReference;
}

module.exports = { authenticatedUser };
