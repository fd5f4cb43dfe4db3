// Older service layer (EU) still written with co: generator functions that yield promises.
const co = require('co');
const got = require('got');
const { enrollmentOf } = require('./store-cjs');

exports.startFaceAuth = co.wrap(function* (userId, locale) {
  const enrollment = yield enrollmentOf(userId);
  const started = yield got
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollment, userReference: userId, locale },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    })
    .json();
  return { url: started.redirectUrl, reference: started.transactionReference };
});
