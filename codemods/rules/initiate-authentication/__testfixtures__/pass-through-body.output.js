const axios = require('axios');

const AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

// A wrapper: the body comes from the caller, so its fields are not visible here.
function initiateAuthentication(params) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the request body is not an object literal visible in this file; map it as in MIGRATION.md
  return axios.post(AUTH_URL, params, { auth: { username: process.env.T, password: process.env.S } });
}

module.exports = { initiateAuthentication };
