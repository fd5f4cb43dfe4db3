// Persistence of the TypeScript modules of this corpus (a stand-in for the customers' own modules; never an input).
export interface StandingOrder {
  id: string;
  customer: { customerNo: string; onboardingScanRef: string };
  faceLoginReference?: string;
}

export async function saveStandingOrderStepUp(orderId: string, faceLoginReference: string, startedAt: string): Promise<void> {}

export interface Claim {
  id: string;
  member: { memberNo: string; enrolmentCheckRef: string };
}

export async function markClaimFaceLogin(claimId: string, faceLoginReference: string): Promise<void> {}

export interface MembershipApplication {
  id: string;
  applicantId: string;
  state: string;
}

export async function saveIdCheck(applicationId: string, check: { reference: string; startedAt: string }): Promise<void> {}

export interface Withdrawal {
  id: string;
  clientNo: string;
  faceLoginReference?: string;
}

export async function recordWithdrawalReview(
  withdrawalId: string,
  review: { faceLoginReference: string; result: string; decidedAt: string },
): Promise<void> {}

export interface Payout {
  id: string;
  client: { clientNo: string; onboardingCheckRef: string };
}

export async function recordPayoutFaceLogin(payoutId: string, faceLogin: { reference: string; startedAt: string }): Promise<void> {}

export interface CardLimitChange {
  id: string;
  cardholder: { cardholderNo: string; enrolmentReference: string };
  faceCheckReference?: string;
}

export async function saveCardLimitStepUp(changeId: string, faceCheckReference: string, startedAt: string): Promise<void> {}
