// The same Wreck.defaults() + request shape reading the app's own authentication records: not Jumio, left as it is.
const Wreck = require('@hapi/wreck');

const api = Wreck.defaults({ baseUrl: 'https://internal.example.com', headers: { 'X-Api-Key': process.env.API_KEY } });

async function userOf(reference) {
  const res = await api.request('GET', `/api/netverify/v2/authentications/${reference}`);
  const details = await api.read(res, { json: true });
  return details.userReference;
}

module.exports = { userOf };
