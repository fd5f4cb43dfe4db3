// Kampong Credit (Singapore): a face login before a loan is paid out to an account the borrower has not used with us
// before. The loans service predates async/await and still runs every flow through co — generator functions that
// yield promises — behind node-style entry points.
'use strict';

const co = require('co');
const got = require('got');
const { loadBorrower, saveDisbursementFaceLogin } = require('./db.cjs');

const NV_SGP_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const LOANS_SITE = 'https://loans.kampongcredit.example';

function startDisbursementFaceLogin(loanId, callback) {
  co(function* () {
    const borrower = yield loadBorrower(loanId);
    const started = yield got
      .post(NV_SGP_INITIATE, {
        json: {
          enrollmentTransactionReference: borrower.kycScanRef,
          userReference: borrower.borrowerId,
          successUrl: `${LOANS_SITE}/disbursements/${loanId}/verified`,
          errorUrl: `${LOANS_SITE}/disbursements/${loanId}/failed`,
          locale: 'en-SG',
          tokenLifetimeInMinutes: 30,
        },
        username: process.env.KAMPONG_NV_TOKEN,
        password: process.env.KAMPONG_NV_SECRET,
        headers: { 'user-agent': 'KampongCredit-Loans/2.2' },
      })
      .json();
    yield saveDisbursementFaceLogin(loanId, started.transactionReference);
    return { url: started.redirectUrl, reference: started.transactionReference };
  }).then((result) => callback(null, result), callback);
}

function disbursementNeedsFaceLogin(loan, account) {
  return !loan.borrowerAccounts.includes(account.iban);
}

module.exports = { startDisbursementFaceLogin, disbursementNeedsFaceLogin };
