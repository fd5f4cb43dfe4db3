const retry = require('async-retry');
const fetch = require('node-fetch');

const JUMIO_AUTH_INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

async function initiateFaceMatch(enrollmentTransactionReference, userReference) {
  return retry(async (bail) => {
    const res = await fetch(JUMIO_AUTH_INITIATE_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      },
      body: JSON.stringify({ enrollmentTransactionReference, userReference }),
    });
    if (res.status === 401 || res.status === 403) {
      bail(new Error('Jumio rejected our credentials'));
      return;
    }
    if (!res.ok) throw new Error(`Jumio ${res.status}`);
    const { redirectUrl, transactionReference } = await res.json();
    return { redirectUrl, transactionReference };
  }, { retries: 4 });
}

module.exports = { initiateFaceMatch };
