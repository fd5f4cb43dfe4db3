// Persistence and messaging of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findApplicant(applicantId) {
  return { id: applicantId, applicationNo: 'LBD-2024-0001', plan: 'standard', nationality: 'PRT' };
}

async function savePendingKyc(applicantId, kyc) {}

async function findWalletApplication(applicationId) {
  return { id: applicationId, walletNumber: '0700000001', customerId: 'c-1', msisdn: '+254700000001' };
}

async function saveWalletKyc(applicationId, kyc) {}

async function sendSms(msisdn, text) {}

async function findProspect(prospectId) {
  return { id: prospectId, applicationNo: 'KB-0001' };
}

async function saveProspectIdCheck(prospectId, check) {}

async function findPolicyQuote(quoteId) {
  return { id: quoteId, quoteNo: 'Q-0001', customerId: 'c-1', firstPremiumCents: 2450, billing: 'monthly', customerNationality: 'PRT' };
}

async function savePendingPayment(quoteId, payment) {}

module.exports = {
  findApplicant,
  savePendingKyc,
  findWalletApplication,
  saveWalletKyc,
  sendSms,
  findProspect,
  saveProspectIdCheck,
  findPolicyQuote,
  savePendingPayment,
};
