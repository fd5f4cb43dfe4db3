// Nemunas Bank: a face login before the app shows a card's PIN (EU data centre). The cards service is async.js
// control flow over the request library: each step hands its results straight to the next one, and the vendor call
// is tried up to three times when the connection drops.
'use strict';

const async = require('async');
const request = require('request');
const { findCardHolder, savePinViewFaceLogin } = require('./db.cjs');

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const APP_PAGES = 'https://app.nemunasbank.example';

const RETRY = {
  times: 3,
  interval: 500,
  errorFilter: (err) => err.code === 'ECONNRESET' || err.code === 'ETIMEDOUT',
};

function startPinViewFaceLogin(cardId, done) {
  async.waterfall(
    [
      (cb) => findCardHolder(cardId, cb),
      (holder, cb) =>
        async.retry(
          RETRY,
          (attempt) =>
            request.post(
              {
                url: NV_EU_INITIATE,
                json: {
                  enrollmentTransactionReference: holder.onboardingScanRef,
                  userReference: holder.customerNo,
                  successUrl: APP_PAGES + '/cards/' + cardId + '/pin/verified',
                  errorUrl: APP_PAGES + '/cards/' + cardId + '/pin/failed',
                  locale: 'lt',
                  tokenLifetimeInMinutes: 5,
                },
                auth: { user: process.env.NEMUNAS_NV_TOKEN, pass: process.env.NEMUNAS_NV_SECRET },
                headers: { 'User-Agent': 'NemunasBank-Cards/5.3' },
              },
              attempt
            ),
          cb
        ),
      (res, body, cb) => {
        if (res.statusCode !== 200) {
          return cb(new Error('face login could not start: HTTP ' + res.statusCode));
        }
        savePinViewFaceLogin(cardId, body.transactionReference, (err) => cb(err, body));
      },
      (started, cb) => cb(null, { url: started.redirectUrl, reference: started.transactionReference }),
    ],
    done
  );
}

module.exports = { startPinViewFaceLogin };
