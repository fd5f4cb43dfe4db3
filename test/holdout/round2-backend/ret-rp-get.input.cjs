const rp = require('request-promise-native');

async function getAuthentication(ref) {
  const body = await rp.get({
    uri: `https://netverify.com/api/netverify/v2/authentications/${ref}`,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    json: true,
  });
  return body.transactionResult === 'PASSED';
}
module.exports = { getAuthentication };
