// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findSaverForWithdrawal(withdrawalId, saverId) {
  return { id: saverId, saverNo: 'BS-000001', onboardingCheckRef: 'ref-onboarding' };
}

export async function recordWithdrawalFaceLogin(withdrawalId, faceLoginReference, startedAt) {}

export async function findProposal(proposalId) {
  return { id: proposalId, proposalNo: 'P-0001', proposerId: 'c-1', status: 'AWAITING_KYC' };
}

export async function saveProposalKyc(proposalId, kyc) {}

export async function findAcceptedProposal(proposalId) {
  return { id: proposalId, proposalNo: 'P-0002', proposerId: 'c-2', status: 'AWAITING_PREMIUM', firstPremiumCents: 18900 };
}

export async function savePremiumPaymentSession(proposalId, session) {}

export async function findLimitIncrease(increaseId) {
  return { id: increaseId, lesseeNo: 'VL-0001', faceLoginReference: 'ref-face-login' };
}

export async function decideLimitIncrease(increaseId, decision) {}
