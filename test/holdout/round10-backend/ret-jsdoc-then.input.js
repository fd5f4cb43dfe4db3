// Plain JavaScript with JSDoc types, got's promise API without async (US).
const got = require('got');

/**
 * @typedef {{ transactionReference: string, transactionResult: string, userReference?: string }} AuthenticationDetails
 */

/**
 * @param {string} reference
 * @returns {Promise<{ ok: boolean, user: string | undefined }>}
 */
function checkFaceLogin(reference) {
  return got(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
  })
    .json()
    .then(
      /** @param {AuthenticationDetails} d */
      (d) => ({ ok: d.transactionResult === 'PASSED', user: d.userReference }),
    );
}

module.exports = { checkFaceLogin };
