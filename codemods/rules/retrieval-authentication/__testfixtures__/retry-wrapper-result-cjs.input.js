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

// `.catch(again)` hands a failed request to promise-retry to try again; it is no error handler: a failed account lookup
// or token rejects the task, and promise-retry's promise with it. (Session 12: the item saying the lookup "never
// reaches the .catch() handler" is gone — it asked to hand lookup failures to `again`, i.e. to retry them.)
function authenticationReference(ref) {
  return promiseRetry((again) => got.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    responseType: 'json',
  }).catch(again), { retries: 2 }).then((res) => res.body.transactionReference);
}

module.exports = { authenticationUser, authenticationReference };
