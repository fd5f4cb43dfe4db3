// CommonJS service object (Node 14 codebase).
const axios = require('axios');

const RETRIEVAL = 'https://netverify.com/api/netverify/v2/authentications/';

const jumioRetrieval = {
  async fetchAuthentication(reference) {
    const { data } = await axios.get(RETRIEVAL + reference, {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      headers: { 'User-Agent': 'Blue Yonder Airlines/1.0', Accept: 'application/json' },
    });
    return {
      reference: data.transactionReference,
      customer: data.userReference,
      passed: data.transactionResult === 'PASSED',
    };
  },
};

module.exports = jumioRetrieval;
