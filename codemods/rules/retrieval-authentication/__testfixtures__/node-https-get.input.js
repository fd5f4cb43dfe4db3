// Node's https.get on the legacy retrieval, in an async function: the chunks are joined and JSON.parse'd in the
// callback; the reads of the details there are rewritten or flagged like any client's.
const https = require('node:https');

async function authenticationStatus(reference, done) {
  const auth = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  https.get(
    `https://netverify.com/api/netverify/v2/authentications/${reference}`,
    { headers: { Accept: 'application/json', Authorization: `Basic ${auth}`, 'User-Agent': 'Example Auth/1.4' } },
    (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const details = JSON.parse(Buffer.concat(chunks).toString());
        done(null, { user: details.userReference, result: details.transactionResult });
      });
    },
  );
}

// Node's own `auth: 'user:pass'` option (Basic) gives way to the Bearer header.
async function authenticatedUser(reference, cb) {
  https.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, { auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}` }, (res) => {
    let text = '';
    res.on('data', (c) => (text += c));
    res.on('end', () => cb(JSON.parse(text).userReference));
  });
}

// Inside a promise executor the lookup and token are awaited above the promise (the executor stays synchronous);
// the text it resolves with is followed to JSON.parse.
async function userOf(reference) {
  const raw = await new Promise((resolve, reject) => {
    https.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, { auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}` }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  return JSON.parse(raw).userReference;
}

module.exports = { authenticationStatus, authenticatedUser, userOf };
