// Sawtooth Federal Credit Union: a face login when a member adds a payee from a device we have not seen before (US
// data centre). Bluebird era: the request library promisified whole, so each of its methods has an ...Async twin
// that resolves with the response; the route layer still hands us a node-style callback.
'use strict';

const Promise = require('bluebird');
const request = Promise.promisifyAll(require('request'));
const { savePayeeFaceLogin } = require('./db.cjs');

const FACE_LOGIN_URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const SITE = 'https://online.sawtoothfcu.example';

function startPayeeFaceLogin(member, payeeId, cb) {
  return request
    .postAsync({
      url: FACE_LOGIN_URL,
      auth: { user: process.env.SAWTOOTH_NV_TOKEN, pass: process.env.SAWTOOTH_NV_SECRET, sendImmediately: true },
      json: {
        enrollmentTransactionReference: member.idScanReference,
        userReference: member.memberNumber,
        successUrl: SITE + '/payees/' + payeeId + '/verified',
        errorUrl: SITE + '/payees/' + payeeId + '/not-verified',
        tokenLifetimeInMinutes: 20,
      },
      headers: { 'User-Agent': 'SawtoothFCU-Online/9.0' },
    })
    .timeout(15000, 'face login initiate timed out')
    .then(function (res) {
      if (res.statusCode !== 200) {
        throw new Error('face login could not start: HTTP ' + res.statusCode);
      }
      return res.body;
    })
    .tap(function (started) {
      return savePayeeFaceLogin(payeeId, started.transactionReference);
    })
    .then(function (started) {
      return { url: started.redirectUrl, reference: started.transactionReference };
    })
    .asCallback(cb);
}

module.exports = { startPayeeFaceLogin };
