// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface Transfer {
  id: string;
  owner: { memberNo: string; netverifyEnrollment: string };
}

export declare function findTransfer(id: string): Promise<Transfer | null>;
export declare function saveTransferStepUp(transferId: string, reference: string, startedAt: string): Promise<void>;

export interface CardReplacement {
  id: string;
  cardholder: { id: string; netverifyEnrollmentRef: string; language: 'de' | 'en' };
}

export declare function findCardReplacement(id: string): Promise<CardReplacement>;
export declare function saveCardReplacementStepUp(id: string, reference: string): Promise<void>;

export interface LimitChange {
  id: string;
  client: { clientNo: string; netverifyScanRef: string };
}

export declare function findLimitChange(id: string): Promise<LimitChange>;
export declare function saveLimitChangeStepUp(id: string, reference: string): Promise<void>;

export interface Mandate {
  id: string;
  signatory: { id: string; enrolmentReference: string };
}

export declare function findMandate(id: string): Promise<Mandate>;
export declare function saveMandateStepUp(id: string, reference: string, startedAt: string): Promise<void>;

export interface Claim {
  id: string;
  claimantId: string;
  faceLoginReference: string | null;
}

export declare function findClaim(id: string): Promise<Claim | null>;
export declare function recordClaimFaceLogin(claimId: string, reference: string, passed: boolean, decidedAt: string): Promise<void>;
