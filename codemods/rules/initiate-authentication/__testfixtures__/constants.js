'use strict';
// Shared by several fixtures: legacy Jumio endpoints and credentials, CommonJS.
const JUMIO_HOST = 'https://netverify.com';

module.exports = {
  URL_POST_INITIATE: JUMIO_HOST + '/api/authentication/v1/web/initiate',
  HTTP_BASIC_AUTHENTICATION: {
    user: process.env.JUMIO_TOKEN,
    pass: process.env.JUMIO_SECRET,
    sendImmediately: true,
  },
};
