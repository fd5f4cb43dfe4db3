const retry = require('async-retry');
const promiseRetry = require('promise-retry');
const fetch = require('node-fetch');
const got = require('got');

const AUTH = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

// Jumio answers 5xx now and then: retry the retrieval, then read the user reference.
async function authenticationUser(ref) {
  const details = await retry(async () => {
    const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
      headers: { Accept: 'application/json', Authorization: AUTH, 'User-Agent': 'Acme/2.0' },
    });
    if (res.status >= 500) throw new Error(`jumio ${res.status}`);
    return res.json();
  }, { retries: 5 });
  return details.userReference;
}

function authenticationReference(ref) {
  return promiseRetry((again) => got.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    responseType: 'json',
  }).catch(again), { retries: 2 }).then((res) => res.body.transactionReference);
}

module.exports = { authenticationUser, authenticationReference };
