const request = require('request');

const JUMIO_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

function initiateAuthentication(enrollmentRef, userRef) {
  return new Promise((resolve, reject) => {
    request.post({
      url: JUMIO_AUTH_URL,
      json: { enrollmentTransactionReference: enrollmentRef, userReference: userRef },
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
    }, (err, response, body) => {
      if (err) return reject(err);
      if (response.statusCode !== 200) return reject(new Error('Jumio error ' + response.statusCode));
      resolve({ url: body.redirectUrl, reference: body.transactionReference });
    });
  });
}

module.exports = initiateAuthentication;
