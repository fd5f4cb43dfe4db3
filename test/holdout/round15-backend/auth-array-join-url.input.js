// The URL is joined from an array of segments (EU); request-promise.
const rp = require('request-promise');

const JUMIO_HOST = 'https://lon.netverify.com';
const INITIATE = [JUMIO_HOST, 'api', 'authentication', 'v1', 'web', 'initiate'].join('/');

exports.startFaceLogin = async function startFaceLogin(enrollment, userId) {
  const body = await rp({
    method: 'POST',
    uri: INITIATE,
    json: { enrollmentTransactionReference: enrollment, userReference: userId },
    auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET },
  });
  return { url: body.redirectUrl, reference: body.transactionReference };
};
