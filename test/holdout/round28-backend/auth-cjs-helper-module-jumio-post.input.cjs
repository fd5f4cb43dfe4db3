// Face login of the club app's kiosk flow (CommonJS): every Jumio call goes through our own helper module
// (jumio-http.cjs), which knows the hosts and the credentials; this module only knows the path and the body.
const { jumioPost } = require('./jumio-http.cjs');
const db = require('./db.cjs');

function startKioskFaceLogin(member, region) {
  return jumioPost(
    '/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: member.jumioEnrollmentRef,
      userReference: member.id,
      successUrl: 'https://kiosk.acme-fitness.com/face-login/done',
      tokenLifetimeInMinutes: 10,
    },
    region,
  ).then(function (started) {
    return db.saveFaceLogin(member.id, started.transactionReference).then(function () {
      return started.redirectUrl;
    });
  });
}

module.exports = { startKioskFaceLogin: startKioskFaceLogin };
