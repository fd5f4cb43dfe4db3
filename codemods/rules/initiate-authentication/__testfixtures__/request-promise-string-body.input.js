const rp = require('request-promise-native');
const { HTTP_BASIC_AUTHENTICATION } = require('./constants');

const INITIATE = 'https://lon.netverify.com/api/v4/initiate';

async function createAuthenticationSession(user) {
  const payload = {
    "enrollmentTransactionReference": user.enrollmentRef,
    "userReference": user.id,
    "successUrl": `${process.env.APP_URL}/kyc/auth-ok`,
    "errorUrl": `${process.env.APP_URL}/kyc/auth-failed`,
  };
  const raw = await rp({
    method: 'POST',
    uri: INITIATE,
    body: JSON.stringify(payload),
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'Cryptomine KYC/1.0' },
    auth: HTTP_BASIC_AUTHENTICATION,
  });
  const parsed = JSON.parse(raw);
  return { iframeUrl: parsed.redirectUrl, verificationTxReference: parsed.transactionReference };
}

module.exports = { createAuthenticationSession };
