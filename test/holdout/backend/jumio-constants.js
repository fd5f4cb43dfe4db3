'use strict';

const JUMIO_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const HTTP_BASIC_AUTHENTICATION = {
  user: process.env.JUMIO_API_TOKEN,
  pass: process.env.JUMIO_API_SECRET,
  sendImmediately: true,
};

module.exports = { JUMIO_AUTH_URL, HTTP_BASIC_AUTHENTICATION };
