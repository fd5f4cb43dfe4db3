// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface FrozenCard {
  id: string;
  holder: { memberNo: string; enrollmentReference: string };
}

export declare function findFrozenCard(cardId: string): Promise<FrozenCard>;
export declare function saveUnfreezeStepUp(cardId: string, faceLoginReference: string): Promise<void>;

export interface Policy {
  policyNo: string;
  holder: { clientId: string; netverifyEnrolment: string };
}

export declare function findPolicy(policyNo: string, clientSub: string): Promise<Policy | null>;
export declare function savePayoutAccountStepUp(policyNo: string, faceLoginReference: string): Promise<void>;

export interface Member {
  memberId: string;
  enrollmentReference: string;
}

export declare function currentMember(request: Request): Promise<Member | null>;
export declare function saveLimitStepUp(memberId: string, stepUp: { reference: string; newDailyLimit: number }): Promise<void>;

export interface CreditApplication {
  id: string;
  number: string;
  applicant: { id: string; email: string };
}

export declare function sendIdCheckEmail(to: string, mail: { applicationNumber: string; link: string; expiresInDays: number }): Promise<void>;

export interface PendingPayout {
  id: string;
  sellerId: string;
  faceLoginReference: string;
}

export interface PendingKyxPayout {
  id: string;
  sellerId: string;
  kyxAccountId: string;
  workflowExecutionId: string;
}

export declare function releasePayout(payoutId: string, decision: { faceLoginReference: string; decidedAt: string }): Promise<void>;
export declare function holdPayout(payoutId: string, reason: string): Promise<void>;

export interface RentalBooking {
  id: string;
  number: string;
  depositCents: number;
  renter: { id: string; email: string };
}

export declare function sendDepositEmail(to: string, mail: { bookingNumber: string; link: string; expiresInDays: number }): Promise<void>;

export declare function settleRefillHold(
  faceLoginReference: string,
  outcome: { passed: boolean; decidedAt: string },
): Promise<{ id: string; patientId: string } | null>;
