// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findRecovery(recoveryId, recoveryToken) {
  return { id: recoveryId, token: recoveryToken, member: { memberNo: 'm-1', netverifyEnrollment: 'e-1' } };
}

async function saveRecoveryStepUp(recoveryId, faceLoginReference) {}

async function findFaceCheckRecovery(recoveryId, recoveryToken) {
  return { id: recoveryId, token: recoveryToken, member: { memberNo: 'm-1', faceTemplateId: 't-1' } };
}

async function saveFaceCheckStepUp(recoveryId, faceCheckReference) {}

async function settleTransferStepUp(faceLoginReference, outcome) {
  return { id: 't-1', amount: '2500.00', recipientName: 'R. Recipient' };
}

module.exports = { findRecovery, saveRecoveryStepUp, findFaceCheckRecovery, saveFaceCheckStepUp, settleTransferStepUp };
