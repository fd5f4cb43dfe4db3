// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules; never an input).
// Node-style where the callers of this round pass a callback, promise-returning elsewhere.
'use strict';

function faceLoginStarted(orderId, faceLoginReference, callback) {
  setImmediate(callback, null);
}

function findCardHolder(cardId, callback) {
  setImmediate(callback, null, { cardId, customerNo: 'NB-0001', onboardingScanRef: 'ref-onboarding' });
}

function savePinViewFaceLogin(cardId, faceLoginReference, callback) {
  setImmediate(callback, null);
}

async function saveApplicationIdCheck(applicationNo, scanReference, startedAt) {}

async function saveApplicationDeposit(applicationNo, paymentReference, startedAt) {}

async function markWithdrawalChecked(withdrawalId, check) {
  return { withdrawalId, ...check };
}

async function savePayeeFaceLogin(payeeId, faceLoginReference) {}

async function loadBorrower(loanId) {
  return { loanId, borrowerId: 'KC-0001', kycScanRef: 'ref-kyc' };
}

async function saveDisbursementFaceLogin(loanId, faceLoginReference) {}

async function findTransferByFaceLogin(enrolmentReference, faceLoginReference) {
  return { id: 'tr-1', enrolmentReference, faceLoginReference };
}

async function releaseTransfer(transferId, verifiedAt) {}

async function holdTransfer(transferId, reason) {}

module.exports = {
  faceLoginStarted,
  findCardHolder,
  savePinViewFaceLogin,
  saveApplicationIdCheck,
  saveApplicationDeposit,
  markWithdrawalChecked,
  savePayeeFaceLogin,
  loadBorrower,
  saveDisbursementFaceLogin,
  findTransferByFaceLogin,
  releaseTransfer,
  holdTransfer,
};
