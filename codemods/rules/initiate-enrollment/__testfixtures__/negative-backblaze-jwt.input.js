const axios = require('axios');

// Backblaze B2 authorizationToken and a JWT TokenLifetimeInMinutes setting: not Jumio.
async function uploadToB2(bucketId, file, enrollmentTransactionReference) {
  const { data } = await axios.post('https://api.backblazeb2.com/b2api/v2/b2_get_upload_url', { bucketId, enrollmentTransactionReference }, {
    auth: { username: process.env.B2_KEY_ID, password: process.env.B2_KEY },
  });
  await axios.post(data.uploadUrl, file, { headers: { Authorization: data.authorizationToken } });
}

const jwtSettings = { issuer: 'me', TokenLifetimeInMinutes: 60, tokenLifetimeInMinutes: 60 };

module.exports = { uploadToB2, jwtSettings };
