// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function dormantMembers(roundId) {
  return [{ memberNo: 'm-1', email: 'm-1@example.test', enrolmentRef: 'e-1', faceTemplateId: 't-1' }];
}

export async function recordReverificationRound(roundId, invitations) {}

export async function faceLoginReferencesOfMonth(month) {
  return ['r-1', 'r-2'];
}

export async function settleStepUp(reference, outcome) {}
