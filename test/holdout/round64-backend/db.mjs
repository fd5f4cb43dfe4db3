// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules; never an input).
export async function saveBranchFaceLogin(memberNo, purpose, faceLoginReference) {}

export async function saveBranchFaceCheck(memberNo, purpose, faceCheckReference) {}

export async function saveOnboarding(applicationNo, onboarding) {}

export async function saveCheckout(orderNo, checkout) {}

export async function markFaceCheck(enrolmentReference, check) {}
