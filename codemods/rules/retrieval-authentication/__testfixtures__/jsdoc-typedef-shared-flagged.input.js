// @ts-check
// Two retrievals read the details through one JSDoc typedef; the second call's host comes from a setting, so it is
// only flagged and keeps reading the legacy fields: the typedef keeps its legacy shape, with an item.
const axios = require('axios');

/**
 * @typedef {object} JumioAuthDetails
 * @property {string} transactionReference
 * @property {string} transactionResult
 * @property {string} userReference
 */

const auth = { username: process.env.JUMIO_TOKEN || '', password: process.env.JUMIO_SECRET || '' };

/** @param {string} ref */
async function userOf(ref) {
  const res = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth });
  /** @type {JumioAuthDetails} */
  const details = res.data;
  return details.userReference;
}

/** @param {string} ref */
async function resultFrom(ref) {
  const res = await axios.get(`${process.env.JUMIO_BASE || 'https://netverify.com'}/api/netverify/v2/authentications/${ref}`, { auth });
  /** @type {JumioAuthDetails} */
  const details = res.data;
  return `${details.transactionReference}: ${details.transactionResult}`;
}

module.exports = { userOf, resultFrom };
