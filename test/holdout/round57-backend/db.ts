// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface HeldWithdrawal {
  id: string;
  asset: string;
  amount: string;
  address: string;
  customer: { id: string; kycReference: string };
}

export declare function findHeldWithdrawal(withdrawalId: string, userId: string): Promise<HeldWithdrawal | null>;
export declare function saveWithdrawalStepUp(withdrawalId: string, faceLoginReference: string): Promise<void>;

export interface RecordsRelease {
  id: string;
  recipient: { name: string };
  patient: { mrn: string; firstName: string; identityReference: string };
}

export declare function findRecordsRelease(releaseId: string, patientId: string): Promise<RecordsRelease | null>;
export declare function saveReleaseStepUp(releaseId: string, faceLoginReference: string): Promise<void>;

export interface Surrender {
  policyNo: string;
  cashValue: number;
  holder: { clientId: string; identityReference: string };
}

export declare function findSurrender(policyNo: string, clientId: string): Promise<Surrender | null>;
export declare function saveSurrenderStepUp(policyNo: string, faceLoginReference: string): Promise<void>;

export interface KyxSurrender {
  policyNo: string;
  cashValue: number;
  holder: { clientId: string; kyxAccountId: string; kyxIdCredentialId: string };
}

export declare function findKyxSurrender(policyNo: string, clientId: string): Promise<KyxSurrender | null>;
export declare function saveKyxSurrenderStepUp(policyNo: string, workflowExecutionId: string): Promise<void>;

export interface Rental {
  id: string;
  member: { memberNo: string; idvReference: string };
}

export declare function getRentalForMember(rentalId: string, memberSession: string | undefined): Promise<Rental | null>;

export interface AccountApplication {
  id: string;
  number: string;
  applicant: { id: string; firstName: string; email: string };
}

export declare function saveApplicationIdCheck(applicationId: string, scanReference: string): Promise<void>;

export interface DiveBooking {
  id: string;
  number: string;
  depositCents: number;
  guest: { id: string; firstName: string; email: string };
}

export declare function saveDepositLink(bookingId: string, paymentReference: string): Promise<void>;

export interface ClaimPayout {
  claimId: string;
  claimantId: string;
  amountCents: number;
  faceLoginReference: string | null;
}

export declare function findClaimPayout(claimId: string): Promise<ClaimPayout | null>;
