// Vltava Brokers back office (EU data centre), after the move to KYX: the nightly job that checks the face logins
// behind the day's large withdrawals before the money leaves. Bluebird since 2015: Promise.map with a concurrency
// limit over the withdrawals, a deadline for the whole batch, and the scheduler's node-style callback. The bearer
// token comes from our own client-credentials module.
'use strict';

const Promise = require('bluebird');
const got = require('got');
const { markWithdrawalChecked } = require('./db.cjs');
const { kyxToken } = require('./kyx-client-credentials.cjs');

const KYX_RETRIEVAL_EU = 'https://retrieval.emea-1.jumio.ai/api/v1/accounts/';

function checkWithdrawals(withdrawals, done) {
  Promise.map(
    withdrawals,
    async function (withdrawal) {
      const token = await kyxToken('emea-1');
      return got(KYX_RETRIEVAL_EU + withdrawal.kyxAccountId + '/workflow-executions/' + withdrawal.workflowExecutionId, {
        headers: { accept: 'application/json', 'user-agent': 'Vltava-BackOffice/2.0', authorization: 'Bearer ' + token },
        timeout: { request: 10000 },
      })
        .json()
        .then(function (details) {
          const decision = details.capabilities.authentication[0].decision;
          return markWithdrawalChecked(withdrawal.id, {
            reference: details.workflow.id,
            client: details.workflow.userReference,
            passed: details.workflow.status === 'PROCESSED' && decision.type === 'PASSED',
            checkedAt: details.createdAt,
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
