// lodash get() with a literal path on the response is a read of one field; a path ending on the body is the body.
const axios = require('axios');
const get = require('lodash/get');
const _ = require('lodash');

const URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const AUTH = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

async function startLink(user) {
  const res = await axios.post(URL, { enrollmentTransactionReference: user.scanRef, userReference: user.id }, { auth: AUTH });
  return { link: get(res, 'data.redirectUrl'), reference: _.get(res, ['data', 'transactionReference'], null), at: get(res, 'data.timestamp') };
}

async function startBody(user) {
  const res = await axios.post(URL, { enrollmentTransactionReference: user.scanRef, userReference: user.id }, { auth: AUTH });
  return get(res, 'data');
}

module.exports = { startLink, startBody };
