// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface BranchCustomer {
  customerNo: string;
  /** Reference of the ID check done when the account was opened. */
  accountOpeningCheckRef: string;
}

export declare function pushToTablet(tabletId: string, url: string): Promise<void>;
export declare function recordCounterFaceLogin(branchId: string, customerNo: string, faceLoginReference: string, startedAt: string): Promise<void>;

export interface CounterCustomer {
  customerNo: string;
  faceproofEnrolmentId: string;
}

export declare function recordCounterFaceCheck(branchId: string, customerNo: string, faceCheckId: string, startedAt: string): Promise<void>;

export interface Sender {
  senderNo: string;
  /** Reference of the ID check done when the sender registered. */
  idCheckReference: string;
}

export declare function saveRecipientFaceLogin(recipientId: string, faceLoginReference: string): Promise<void>;

export interface KyxSender {
  senderNo: string;
  kyxAccountId: string;
  kyxIdCredentialId: string;
}

export declare function saveRecipientStepUp(recipientId: string, accountId: string, workflowExecutionId: string): Promise<void>;

export interface AdvisoryClient {
  clientNo: string;
  onboardingIdCheckRef: string;
}

export declare function saveBeneficiaryStepUp(changeId: string, faceLoginReference: string): Promise<void>;

export interface BankCustomer {
  cif: string;
  accountOpeningCheckRef: string;
}

export declare class TransfersRepository {
  markFaceLogin(transferId: string, faceLoginReference: string): Promise<void>;
  settleFaceLogin(faceLoginReference: string, passed: boolean, completedAt: string): Promise<void>;
}

export interface Borrower {
  loanNo: string;
  fullName: string;
  dateOfBirth: string;
  /** Reference of the ID check done at loan origination. */
  originationIdCheckRef: string;
}

export interface ScreeningResult {
  screeningId: string;
  hits: number;
}
