// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findPayout(id) {
  return { id, claimantId: 'c-1', faceLoginReference: 'r-1' };
}

export async function releasePayout(id, release) {}

export async function findOnboarding(id) {
  return { id, applicant: { id: 'a-1' } };
}

export async function saveOnboardingIdCheck(id, reference) {}

export async function settleWireStepUp(reference, outcome) {}

export async function findCheckout(id) {
  return { id, amount: 100, currency: 'EUR', customerId: 'u-1' };
}

export async function saveCheckoutSession(id, reference) {}
