// The firm's own KYX OAuth2 client-credentials token, cached per process and region (a stand-in for the customer's
// own module; never an input).
'use strict';

async function kyxToken(region) {
  return `token-for-${region}`;
}

module.exports = { kyxToken };
