// Vltava Brokers back office (EU data centre): the nightly job that checks the face logins behind the day's large
// withdrawals before the money leaves. Bluebird since 2015: Promise.map with a concurrency limit over the
// withdrawals, a deadline for the whole batch, and the scheduler's node-style callback.
'use strict';

const Promise = require('bluebird');
const got = require('got');
const { markWithdrawalChecked } = require('./db.cjs');

const NV_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications/';
const NV_USER = process.env.VLTAVA_NV_TOKEN;
const NV_PASSWORD = process.env.VLTAVA_NV_SECRET;

function checkWithdrawals(withdrawals, done) {
  Promise.map(
    withdrawals,
    function (withdrawal) {
      return got(NV_AUTHENTICATIONS + withdrawal.faceLoginReference, {
        username: NV_USER,
        password: NV_PASSWORD,
        headers: { accept: 'application/json', 'user-agent': 'Vltava-BackOffice/1.12' },
        timeout: { request: 10000 },
      })
        .json()
        .then(function (details) {
          return markWithdrawalChecked(withdrawal.id, {
            reference: details.transactionReference,
            client: details.userReference,
            passed: details.transactionResult === 'PASSED',
            checkedAt: details.transactionDate,
          });
        });
    },
    { concurrency: 4 }
  )
    .tap(function (checked) {
      console.info('face logins checked: %d', checked.length);
    })
    .timeout(10 * 60 * 1000, 'face login check ran out of time')
    .asCallback(done);
}

module.exports = { checkWithdrawals };
