// npm's make-fetch-happen with an on-disk cache and retries (a fetch the codemod does not know); US retrieval.
const fetch = require('make-fetch-happen').defaults({ cachePath: '/var/cache/acme/jumio', retry: { retries: 2 } });

async function faceLoginResult(reference) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64') },
  });
  const details = await res.json();
  return details.transactionResult;
}

module.exports = { faceLoginResult };
