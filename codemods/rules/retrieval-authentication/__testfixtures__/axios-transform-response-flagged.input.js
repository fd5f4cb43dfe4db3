const axios = require('axios');

// An axios instance whose transformResponse maps every answer to the app's own names (reading the legacy fields
// itself): the retrieval through it is flagged, not migrated with the reads inside the transform left legacy.
const jumio = axios.create({
  baseURL: 'https://netverify.com/api/netverify/v2',
  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  transformResponse: [(raw) => {
    const details = JSON.parse(raw);
    return { user: details.userReference, result: details.transactionResult };
  }],
});

async function faceLoginUser(reference) {
  const { data } = await jumio.get(`/authentications/${reference}`);
  return data.user;
}

module.exports = { faceLoginUser };
