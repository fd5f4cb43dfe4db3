// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findPayee(payeeId, memberId) {
  return { id: payeeId, memberId, name: 'Harbor Plumbing LLC' };
}

export async function markPayeeFaceLogin(payeeId, faceLoginReference) {}

export async function recordFaceLoginOutcome(faceLoginReference, outcome) {}

export async function recordReview(verdict, faceLoginCompletedAt) {}
