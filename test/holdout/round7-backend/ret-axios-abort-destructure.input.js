const axios = require('axios');

const RETRIEVAL = 'https://netverify.com/api/netverify/v2/authentications/';

async function authenticationOutcome(reference) {
  const {
    data: { transactionResult: result, userReference: user = 'anonymous' },
  } = await axios.get(RETRIEVAL + reference, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    signal: AbortSignal.timeout(5000),
  });
  return { ok: result === 'PASSED', user };
}

module.exports = { authenticationOutcome };
