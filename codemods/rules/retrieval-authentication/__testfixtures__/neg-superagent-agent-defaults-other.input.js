// The same agent-with-defaults shape reading the app's own API: not Jumio, left as it is.
const request = require('superagent');

const api = request.agent().auth(process.env.API_USER, process.env.API_PASS).retry(2);

async function details(reference) {
  const res = await api.get(`https://api.example.com/api/netverify/v2/authentications/${reference}`);
  return { ref: res.body.transactionReference, user: res.body.userReference };
}

module.exports = { details };
