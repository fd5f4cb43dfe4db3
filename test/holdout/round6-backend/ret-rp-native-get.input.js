const rp = require('request-promise-native');

const RETRIEVAL = 'https://netverify.com/api/netverify/v2/authentications/';

async function faceAuthOutcome(reference) {
  const details = await rp.get({
    uri: RETRIEVAL + encodeURIComponent(reference),
    json: true,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Quarry CRM/6.0' },
  });
  return {
    reference: details.transactionReference,
    passed: details.transactionResult === 'PASSED',
    user: details.userReference,
  };
}

module.exports = { faceAuthOutcome };
