const axios = require('axios');

async function uploadFile(bucketId, file) {
  const auth = await axios.get('https://api.backblazeb2.com/b2api/v2/b2_authorize_account', {
    auth: { username: process.env.B2_KEY_ID, password: process.env.B2_KEY },
  });
  const upload = await axios.post(`${auth.data.apiUrl}/b2api/v2/b2_get_upload_url`, { bucketId }, {
    headers: { Authorization: auth.data.authorizationToken },
  });
  return axios.post(upload.data.uploadUrl, file, { headers: { Authorization: upload.data.authorizationToken } });
}

module.exports = { uploadFile };
