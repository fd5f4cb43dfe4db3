// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface DisputedPurchase {
  id: string;
  disputeId: string;
  cardholderId: string;
  faceLoginReference: string | null;
}

export declare function findDisputedPurchase(disputeId: string): Promise<DisputedPurchase>;
/** Stores one file of a dispute's evidence pack and answers its key in the evidence bucket. */
export declare function saveEvidenceFile(disputeId: string, name: string, bytes: Buffer): Promise<string>;
export declare function saveEvidenceManifest(
  disputeId: string,
  manifest: {
    faceLoginReference: string;
    cardholderReference: string | null;
    result: string;
    performedAt: string;
    faceImageFile: string | null;
  },
): Promise<void>;

export interface DeviceRebinding {
  id: string;
  faceLoginReference: string;
  customer: { id: string; cif: string; enrolmentReference: string };
}

export declare function findRebinding(id: string): Promise<DeviceRebinding>;
export declare function lockProfile(customerId: string, reason: string): Promise<void>;
export declare function completeRebinding(
  id: string,
  outcome: { passed: boolean; faceLoginReference: string; decidedAt: string },
): Promise<void>;

export interface PendingWithdrawal {
  id: string;
  memberNo: string;
  amount: number;
  faceLoginReference: string;
}

export interface KyxTransferOut {
  id: string;
  memberNo: string;
  amount: number;
  kyxAccountId: string;
  workflowExecutionId: string;
}

export type SigningStep = 'awaiting-face-login' | 'ready-to-sign' | 'manual-review' | 'new-face-login';

export declare function findAgreement(id: string): Promise<{ id: string; borrowerId: string; faceLoginReference: string }>;

export interface ChargebackCase {
  id: string;
  caseNo: string;
  faceCheckId: string | null;
}

export declare function findChargebackCase(caseNo: string): Promise<ChargebackCase>;
export declare function attachCaseDocument(caseNo: string, name: string, bytes: Buffer): Promise<string>;
export declare function saveCaseFaceCheck(
  caseNo: string,
  record: { faceCheckReference: string; holderReference: string | null; result: string; checkedAt: string; faceFile: string | null },
): Promise<void>;
