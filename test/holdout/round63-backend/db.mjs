// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules; never an input).
export async function recordPayoutAccountStepUp(changeId, faceLoginReference, startedAt) {}

export async function markWireFaceLogin(wireId, faceLoginReference, startedAt) {}

export async function recordKyxPayoutAccountStepUp(changeId, step) {}

export async function markTopUpCheckout(topUpId, checkoutReference, startedAt) {}
