// Cascadia Credit Union membership applications: the first deposit of a new member, paid by card on Ribeira Pay's
// hosted checkout. Written in 2016 with Q promises, which the applications service still returns from every function
// (its controllers chain .then/.catch on what they get); the HTTP client is the request library with a node-style
// callback.
'use strict';

const Q = require('q');
const request = require('request');
const { saveApplicationDeposit } = require('./db.cjs');

const RIBEIRA_CHECKOUT = 'https://api.ribeirapay.example/v4/initiate';
const JOIN_SITE = 'https://join.cascadiacu.example';

function startFirstDeposit(application) {
  const deferred = Q.defer();

  request.post(
    {
      url: RIBEIRA_CHECKOUT,
      auth: { user: process.env.RIBEIRA_MERCHANT_ID, pass: process.env.RIBEIRA_API_KEY },
      headers: { Accept: 'application/json', 'User-Agent': 'CascadiaCU-Join/2.9' },
      json: {
        merchantReference: 'deposit-' + application.applicationNo,
        userReference: application.applicantId,
        amount: application.firstDepositCents,
        currency: 'USD',
        successUrl: JOIN_SITE + '/apply/' + application.applicationNo + '/deposit/paid',
        errorUrl: JOIN_SITE + '/apply/' + application.applicationNo + '/deposit/problem',
        locale: application.prefersSpanish ? 'es' : 'en',
        tokenLifetimeInMinutes: 1440,
      },
    },
    function (err, res, body) {
      if (err) {
        return deferred.reject(err);
      }
      if (res.statusCode !== 200) {
        return deferred.reject(new Error('checkout could not start: HTTP ' + res.statusCode));
      }
      saveApplicationDeposit(application.applicationNo, body.transactionReference, body.timestamp);
      deferred.resolve({ link: body.redirectUrl, paymentReference: body.transactionReference });
    }
  );

  return deferred.promise;
}

module.exports = { startFirstDeposit };
