// A plain function returning an axios promise chain; the response destructured in the callback's parameter (US).
const axios = require('axios');

const jumioAuth = {
  username: process.env.JUMIO_API_TOKEN,
  password: process.env.JUMIO_API_SECRET,
};

function beginFaceCheck(enrollment, userId) {
  return axios
    .post(
      'https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollment, userReference: userId, errorUrl: 'https://shop.acme.example/face/error' },
      { auth: jumioAuth, headers: { 'User-Agent': 'Acme Shop/2.2' } },
    )
    .then(({ data: { redirectUrl, transactionReference } }) => ({ link: redirectUrl, faceCheckId: transactionReference }));
}

module.exports = { beginFaceCheck };
