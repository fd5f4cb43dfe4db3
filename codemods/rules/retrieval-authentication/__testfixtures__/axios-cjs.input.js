'use strict';
const axios = require('axios');

const RETRIEVAL_BASE = 'https://netverify.com/api/netverify/v2/authentications/';

async function getAuthentication(ref) {
  const { data } = await axios.get(RETRIEVAL_BASE + ref, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Acme KYC/2.0' },
  });
  const { transactionReference: id, userReference = 'anonymous', scanSource } = data;
  console.log('authentication', id, 'via', scanSource);
  return { id, user: userReference };
}

module.exports = { getAuthentication };
