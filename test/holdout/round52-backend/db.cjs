// Persistence and logging of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findLoan(id) {
  return { id, borrower: { memberNo: 'M-1', netverifyScanRef: 'r-1', preferredLanguage: 'en' } };
}

async function saveLoanStepUp(loanId, stepUp) {}

const logger = {
  info(fields, message) {},
};

module.exports = { findLoan, saveLoanStepUp, logger };
