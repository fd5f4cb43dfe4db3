// Face login result of the club app (CommonJS, axios, promise chains): the member's data centre picks the API host,
// the credentials come from the settings module.
const axios = require('axios');
const config = require('./config.cjs');

const HOSTS = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
};

function faceLoginResult(reference, region) {
  return axios
    .get(HOSTS[region] + '/api/netverify/v2/authentications/' + reference, {
      auth: { username: config.jumio.apiToken, password: config.jumio.apiSecret },
      headers: { Accept: 'application/json', 'User-Agent': config.jumio.userAgent },
    })
    .then(function (res) {
      var details = res.data;
      return {
        reference: details.transactionReference,
        member: details.userReference,
        passed: details.transactionResult === 'PASSED',
        checkedAt: details.transactionDate,
      };
    });
}

module.exports = { faceLoginResult: faceLoginResult };
