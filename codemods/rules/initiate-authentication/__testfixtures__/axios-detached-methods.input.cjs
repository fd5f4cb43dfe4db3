// axios's methods taken off its default export (they stay bound to it): the initiate becomes put(…), bound beside.
const { get, post } = require('axios');

async function loyaltyTier(userId) {
  const { data } = await get(`https://loyalty.example.com/api/users/${userId}`);
  return data.tier;
}

async function startFaceLogin(user) {
  const response = await post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.enrollmentRef, userReference: user.id },
    { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } },
  );
  return { url: response.data.redirectUrl, reference: response.data.transactionReference };
}

module.exports = { loyaltyTier, startFaceLogin };
