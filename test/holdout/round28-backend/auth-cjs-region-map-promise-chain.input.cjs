// Face login of the club app (CommonJS, axios, written for Node 8 and never touched since): the member's data centre
// picks the API host, the credentials come from the settings module.
const axios = require('axios');
const config = require('./config.cjs');
const db = require('./db.cjs');

const HOSTS = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
};

function startFaceLogin(member, region) {
  var body = {
    enrollmentTransactionReference: member.jumioEnrollmentRef,
    userReference: member.id,
    successUrl: config.publicUrl + '/face-login/done',
    errorUrl: config.publicUrl + '/face-login/failed',
    tokenLifetimeInMinutes: 30,
  };
  return axios
    .post(HOSTS[region] + '/api/authentication/v1/web/initiate', body, {
      auth: { username: config.jumio.apiToken, password: config.jumio.apiSecret },
      headers: { Accept: 'application/json', 'User-Agent': config.jumio.userAgent },
    })
    .then(function (res) {
      return db.saveFaceLogin(member.id, res.data.transactionReference).then(function () {
        return res.data.redirectUrl;
      });
    });
}

module.exports = { startFaceLogin: startFaceLogin };
