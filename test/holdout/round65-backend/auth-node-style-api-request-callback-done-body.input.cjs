// Hallstatt Volksbank online banking: a face login before a member changes a standing order (EU data centre).
// The payments service is node-style all the way down. The web tier calls
//   faceLogins.startFaceLogin(member, orderId, function (err, started) { … })
// and hands `started` to the step-up dialog as the vendor sent it: the dialog opens its link in a frame and posts
// its reference back when it closes. The HTTP client is the request library with a node-style callback.
'use strict';

const request = require('request');
const { faceLoginStarted } = require('./db.cjs');

const NETVERIFY_EU = 'https://lon.netverify.com';
const API_USER = process.env.HALLSTATT_NV_TOKEN;
const API_SECRET = process.env.HALLSTATT_NV_SECRET;
const PORTAL = 'https://banking.hallstatt-volksbank.example';

/**
 * Starts a face login for a member who changes a standing order.
 *
 * @param {{ memberNo: string, idCheckReference: string }} member
 * @param {string} orderId
 * @param {function(Error|null, object=): void} done called with the vendor's answer as it came
 */
function startFaceLogin(member, orderId, done) {
  request.post(
    {
      url: NETVERIFY_EU + '/api/authentication/v1/web/initiate',
      json: {
        enrollmentTransactionReference: member.idCheckReference,
        userReference: member.memberNo,
        callbackUrl: PORTAL + '/hooks/netverify/face-login',
        successUrl: PORTAL + '/standing-orders/' + orderId + '/face-login/done',
        errorUrl: PORTAL + '/standing-orders/' + orderId + '/face-login/failed',
        locale: 'de-AT',
        tokenLifetimeInMinutes: 10,
      },
      auth: { user: API_USER, pass: API_SECRET, sendImmediately: true },
      headers: { Accept: 'application/json', 'User-Agent': 'Hallstatt-Banking/7.1' },
      timeout: 15000,
    },
    function (err, res, body) {
      if (err) {
        return done(err);
      }
      if (res.statusCode !== 200) {
        return done(new Error('face login could not start: HTTP ' + res.statusCode));
      }
      faceLoginStarted(orderId, body.transactionReference, function (saveErr) {
        if (saveErr) {
          return done(saveErr);
        }
        done(null, body);
      });
    }
  );
}

/** The orders whose change needs a face login: new payee, or an amount above the member's limit. */
function needsFaceLogin(order, member) {
  return order.payeeChanged || order.amountCents > member.standingOrderLimitCents;
}

module.exports = { startFaceLogin, needsFaceLogin };
