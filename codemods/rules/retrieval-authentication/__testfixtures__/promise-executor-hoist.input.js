// Callback clients wrapped in a promise: the account lookup and the token are awaited above the promise, in the
// function around it (made async: its callers already get a promise); the executor stays synchronous and keeps
// resolve / reject as they were.
const request = require('request');
const https = require('https');

function authenticationResult(reference) {
  return new Promise((resolve, reject) => {
    request.get({
      url: `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
      json: true,
    }, (err, response, body) => {
      if (err) return reject(err);
      if (response.statusCode !== 200) return reject(new Error(`Jumio answered ${response.statusCode}`));
      resolve({ user: body.userReference, reference: body.transactionReference });
    });
  });
}

const kyxToken = 'not the token of this call';

async function authenticationUser(reference) {
  const user = await new Promise((resolve, reject) => {
    https.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, { auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}` }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(JSON.parse(data).userReference));
    }).on('error', reject);
  });
  return user || kyxToken;
}

// `return await new Promise(…)` in an async function: a failed lookup rejects what it returns, as a reject() did.
async function authenticationReference(reference) {
  return await new Promise((resolve, reject) => {
    request.get({ url: `https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET }, json: true },
      (err, response, body) => (err ? reject(err) : resolve(body.transactionReference)));
  });
}

module.exports = { authenticationResult, authenticationUser, authenticationReference };
