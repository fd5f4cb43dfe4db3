// The URL's pieces and the Basic credentials come from one required settings module: every dead name leaves the
// destructuring, the others stay.
const axios = require('axios');
const { US_ORIGIN, AUTHENTICATIONS_PATH, API_TOKEN, API_SECRET, USER_AGENT } = require('./netverify-endpoints.cjs');

async function lookup(reference) {
  const { data } = await axios.get(`${US_ORIGIN}${AUTHENTICATIONS_PATH}/${encodeURIComponent(reference)}`, {
    auth: { username: API_TOKEN, password: API_SECRET },
    headers: { 'User-Agent': USER_AGENT },
  });
  return data.userReference;
}

module.exports = { lookup };
