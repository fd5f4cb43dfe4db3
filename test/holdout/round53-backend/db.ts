// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface Cardholder {
  id: string;
  email: string;
  netverifyEnrollmentRef: string | null;
}

export declare function reissuedCardholders(runId: string): Promise<Cardholder[]>;
export declare function saveReverification(cardholderId: string, stepUp: { reference: string; link: string; startedAt: string }): Promise<void>;

export interface OpenFaceLogin {
  claimId: string;
  claimantId: string;
  reference: string;
}

export declare function openFaceLogins(): Promise<OpenFaceLogin[]>;
export declare function recordFaceLoginDecision(claimId: string, decision: { reference: string; passed: boolean; decidedAt: string }): Promise<void>;

export interface OpenKyxFaceLogin {
  claimId: string;
  claimantId: string;
  accountId: string;
  workflowExecutionId: string;
}

export declare function openKyxFaceLogins(): Promise<OpenKyxFaceLogin[]>;

export interface StepUp {
  id: string;
  clientNo: string;
  faceLoginReference: string;
}

export declare function openStepUps(): Promise<StepUp[]>;
export declare function closeStepUp(id: string, outcome: { approved: boolean; decidedAt: string }): Promise<void>;

export interface Applicant {
  id: string;
  applicationId: string;
}

export interface IdCheckRow {
  applicationId: string;
  applicantId: string;
  scanReference: string;
  link: string;
}

export declare function applicantsReadyForIdCheck(batchDate: string): Promise<Applicant[]>;
export declare function saveIdChecks(rows: IdCheckRow[]): Promise<void>;

export interface Tenant {
  id: string;
  leaseId: string;
  rentCents: number;
}

export interface PaymentLinkRow {
  leaseId: string;
  tenantId: string;
  paymentReference: string;
  link: string;
}

export declare function tenantsDueForRent(runId: string): Promise<Tenant[]>;
export declare function savePaymentLinks(runId: string, rows: PaymentLinkRow[]): Promise<void>;
