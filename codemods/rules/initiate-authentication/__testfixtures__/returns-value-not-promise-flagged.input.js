const axios = require('axios');

const pending = new Map();

// Starts the face login in the background and answers at once with the queue's length: made async for the KYX
// token, it would return a promise of that number instead.
function queueFaceLogin(member) {
  axios
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: member.enrollmentReference,
      userReference: member.id,
      successUrl: 'https://app.example.com/face-login/done',
    }, { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } })
    .then((res) => pending.set(member.id, res.data.redirectUrl));
  return pending.size + 1;
}

module.exports = { queueFaceLogin };
