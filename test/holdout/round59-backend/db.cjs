// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
async function findClaimPayout(claimId) {
  return { id: 'p-1', claimId, faceLoginReference: 'r-1' };
}

async function recordPayoutStep(payoutId, step) {}

async function listFaceLoginsOlderThan(cutoff) {
  return [];
}

async function archiveFaceLoginOutcome(id, outcome) {}

async function markFaceLoginPurged(id) {}

async function listThreeDsOlderThan(cutoff) {
  return [];
}

async function archiveThreeDsOutcome(id, outcome) {}

async function markThreeDsPurged(id) {}

module.exports = {
  findClaimPayout,
  recordPayoutStep,
  listFaceLoginsOlderThan,
  archiveFaceLoginOutcome,
  markFaceLoginPurged,
  listThreeDsOlderThan,
  archiveThreeDsOutcome,
  markThreeDsPurged,
};
