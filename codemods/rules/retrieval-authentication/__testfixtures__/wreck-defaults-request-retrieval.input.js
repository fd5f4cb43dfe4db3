// Wreck.request through a Wreck.defaults() instance, read with the instance's own read(res, { json: true }).
const Wreck = require('@hapi/wreck');

const jumio = Wreck.defaults({
  baseUrl: 'https://netverify.com',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}` },
});

async function userOf(reference) {
  const res = await jumio.request('GET', `/api/netverify/v2/authentications/${reference}`);
  if (res.statusCode !== 200) throw new Error(`retrieval failed: ${res.statusCode}`);
  const details = await jumio.read(res, { json: true });
  return details.userReference;
}

module.exports = { userOf };
