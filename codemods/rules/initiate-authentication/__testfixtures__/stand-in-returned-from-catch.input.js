// The function answers with the vendor's response, or from its catch with an object of the legacy shape: the
// callers' moved reads throw on that object, which gets the stand-in item.
const axios = require('axios');

async function startFaceLogin(enrollment) {
  try {
    const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollment },
      { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
    return data;
  } catch (err) {
    return { redirectUrl: '/verify/later', transactionReference: null };
  }
}

exports.link = async (enrollment) => (await startFaceLogin(enrollment)).redirectUrl;
