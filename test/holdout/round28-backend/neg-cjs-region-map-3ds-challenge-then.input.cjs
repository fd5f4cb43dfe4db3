// Card authentication of the club shop (CommonJS, axios, written for Node 8): the card's region picks the ACS
// provider's endpoint, the merchant credentials come from the settings module.
const axios = require('axios');
const config = require('./config.cjs');
const db = require('./db.cjs');

const CHALLENGE_URLS = {
  us: 'https://api.cardguard-acs.com/api/authentication/v1/web/initiate',
  eu: 'https://eu.api.cardguard-acs.com/api/authentication/v1/web/initiate',
};

function startCardChallenge(payment, region) {
  var body = {
    cardToken: payment.cardToken,
    amount: payment.amount,
    currency: payment.currency,
    userReference: payment.memberId,
    successUrl: config.publicUrl + '/checkout/card-ok',
    errorUrl: config.publicUrl + '/checkout/card-failed',
    tokenLifetimeInMinutes: 15,
  };
  return axios
    .post(CHALLENGE_URLS[region], body, {
      auth: { username: process.env.ACS_MERCHANT_ID, password: process.env.ACS_API_KEY },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Club Shop/3.1' },
    })
    .then(function (res) {
      return db.savePaymentChallenge(payment.id, res.data.transactionReference).then(function () {
        return res.data.redirectUrl;
      });
    });
}

module.exports = { startCardChallenge: startCardChallenge };
