const axios = require('axios');
const { jumioConfig } = require('./jumio-config');

async function startFaceLogin(user) {
  const res = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.scanRef, userReference: user.id },
    jumioConfig({ timeout: 10000 }),
  );
  return res.data.redirectUrl;
}

module.exports = { startFaceLogin };
