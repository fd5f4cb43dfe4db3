require('isomorphic-fetch');

class VerificationSession {
  constructor(url, scanReference) {
    this.url = url;
    this.scanReference = scanReference;
  }
}

const JUMIO_INITIATE_URL = 'https://netverify.com/api/v4/initiate';

async function openVerificationSession(account) {
  const response = await fetch(JUMIO_INITIATE_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64'),
      'User-Agent': 'Example Legacy/0.9',
    },
    body: JSON.stringify({
      customerInternalReference: account.reference,
      userReference: account.id,
      callbackUrl: 'https://legacy.example.com/jumio/callback',
    }),
  });
  const json = await response.json();
  return new VerificationSession(json.redirectUrl, json.transactionReference);
}

module.exports = { openVerificationSession, VerificationSession };
