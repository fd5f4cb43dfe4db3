const Wreck = require('@hapi/wreck');

const jumio = Wreck.defaults({
  baseUrl: 'https://netverify.com/api/netverify/v2/',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}` },
  json: 'strict',
});

// The callback only says an authentication finished: read who it was for.
async function authenticatedUser(transactionReference) {
  const { payload } = await jumio.get(`authentications/${transactionReference}`);
  return payload.userReference;
}

module.exports = { authenticatedUser };
