// Options written `key : value`: the Bearer header that replaces the Basic credentials is spaced the same way (and
// quoted like the header keys quoted by habit, 'Accept').
const axios = require('axios');
const rp = require('request-promise');

async function authenticationResult(reference) {
  const { data } = await axios.get('https://lon.netverify.com/api/netverify/v2/authentications/' + reference, {
    auth : { username : process.env.JUMIO_API_TOKEN, password : process.env.JUMIO_API_SECRET },
    timeout : 10000
  });
  return data.transactionReference;
}

async function authenticationUser(reference) {
  const body = await rp({
    uri : 'https://lon.netverify.com/api/netverify/v2/authentications/' + reference,
    headers : { 'Accept' : 'application/json' },
    auth : { user : process.env.JUMIO_API_TOKEN, pass : process.env.JUMIO_API_SECRET },
    json : true
  });
  return body.userReference;
}

module.exports = { authenticationResult, authenticationUser };
