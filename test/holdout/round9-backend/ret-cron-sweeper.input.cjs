// Every 10 minutes: settle face authentications still pending in our DB (US), with request-promise-native.
const cron = require('node-cron');
const rp = require('request-promise-native');
const { pendingFaceAuths, settleFaceAuth } = require('./store-cjs');

const JUMIO_AUTH = {
  user: process.env.JUMIO_API_TOKEN,
  pass: process.env.JUMIO_API_SECRET,
};

cron.schedule('*/10 * * * *', async () => {
  for (const row of await pendingFaceAuths()) {
    const details = await rp({
      uri: `https://netverify.com/api/netverify/v2/authentications/${row.reference}`,
      auth: JUMIO_AUTH,
      json: true,
      headers: { 'User-Agent': 'Fabrikam Sweeper/1.0' },
    });
    await settleFaceAuth(details.transactionReference, details.transactionResult, details.transactionDate);
  }
});
