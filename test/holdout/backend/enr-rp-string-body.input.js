const rp = require('request-promise');

async function initScan(user) {
  const payload = { customerInternalReference: user.id, userReference: user.id };
  const result = await rp.post({
    uri: 'https://netverify.com/api/v4/initiate',
    body: JSON.stringify(payload),
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + process.env.JUMIO_AUTHORIZATION,
    },
  });
  const parsed = JSON.parse(result);
  user.jumioTransactionID = parsed.transactionReference;
  user.jumioEmbedURL = parsed.redirectURL;
  await user.save();
  return parsed.redirectUrl;
}

module.exports = { initScan };
