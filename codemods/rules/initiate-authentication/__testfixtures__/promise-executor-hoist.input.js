// A request callback wrapped in `return new Promise(…)`: the lookup and the token are awaited above the promise
// (an async executor that throws would never settle it); the executor keeps resolve/reject as they were.
const request = require('request');

function initiate(enrollmentRef, userRef) {
  return new Promise((resolve, reject) => {
    request.post({
      url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
      json: { enrollmentTransactionReference: enrollmentRef, userReference: userRef },
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    }, (err, response, body) => {
      if (err) return reject(err);
      resolve(body.redirectUrl);
    });
  });
}

// The reference is only known inside the executor: nothing can be hoisted, so this one is flagged as before.
function initiateLate(load) {
  return new Promise((resolve, reject) => {
    const ref = load();
    request.post({
      url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
      json: { enrollmentTransactionReference: ref },
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    }, (err, response, body) => (err ? reject(err) : resolve(body.transactionReference)));
  });
}

module.exports = { initiate, initiateLate };
