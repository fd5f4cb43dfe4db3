// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findRedemption(redemptionId, investorId) {
  return { id: redemptionId, investor: { id: investorId, investorNo: 'KV-0001', onboardingCheckRef: 'ref-onboarding' } };
}

async function saveRedemptionFaceLogin(redemptionId, faceLogin) {}

async function findFundSwitch(switchId, investorId) {
  return { id: switchId, investor: { id: investorId, investorNo: 'TR-0001', kyxAccountId: 'acc-1', kyxIdCredentialId: 'cred-1' } };
}

async function saveFundSwitchFaceLogin(switchId, faceLogin) {}

module.exports = { findRedemption, saveRedemptionFaceLogin, findFundSwitch, saveFundSwitchFaceLogin };
