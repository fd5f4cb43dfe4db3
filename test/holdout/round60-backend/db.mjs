// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findMemberEnrolment(memberId) {
  return { memberNo: 'M-1', enrolmentReference: 'e-1' };
}

export async function recordFaceLoginStarted(paymentId, reference, startedAt) {}

export async function findFaceLoginOfClaim(claimId) {
  return null;
}

export async function findBasket(basketId, shopperId) {
  return { id: basketId, totalMinor: 0, currency: 'NOK' };
}

export async function recordCheckoutStarted(basketId, reference, startedAt) {}
