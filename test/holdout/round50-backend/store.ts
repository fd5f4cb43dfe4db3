// Persistence and domain types the TypeScript services of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface MobileChange {
  id: string;
  customer: { customerNo: string; enrolmentReference: string; language: 'nb' | 'en' };
}

export interface PayeeRequest {
  id: string;
  member: { memberNo: string; netverifyEnrollment: string };
}

export interface Withdrawal {
  id: string;
  client: { clientNo: string; netverifyScanRef: string };
}

export interface Cardholder {
  id: string;
  netverifyEnrollmentRef: string;
}

/** A face-login step-up as the cards API keeps it. */
export interface StepUp {
  kind: 'card-limit' | 'new-device';
  subjectId: string;
  reference: string;
  url: string;
}

export interface Applicant {
  id: string;
}

export interface CounterWithdrawal {
  id: string;
  customerNo: string;
  faceLoginReference: string;
}

export interface TransferStepUpOutcome {
  passed: boolean;
  retry: boolean;
  decidedAt: string;
}

export interface SettlementOutcome {
  settled: boolean;
  settledAt: string;
}

export async function findMobileChange(changeId: string): Promise<MobileChange> {
  return { id: changeId, customer: { customerNo: '', enrolmentReference: '', language: 'nb' } };
}

export async function saveMobileChangeStepUp(changeId: string, reference: string, startedAt: string): Promise<void> {
  void changeId;
  void reference;
  void startedAt;
}

export async function findPayeeRequest(payeeRequestId: string): Promise<PayeeRequest> {
  return { id: payeeRequestId, member: { memberNo: '', netverifyEnrollment: '' } };
}

export async function savePayeeStepUp(payeeRequestId: string, reference: string, startedAt: string): Promise<void> {
  void payeeRequestId;
  void reference;
  void startedAt;
}

export async function findWithdrawal(withdrawalId: string): Promise<Withdrawal> {
  return { id: withdrawalId, client: { clientNo: '', netverifyScanRef: '' } };
}

export async function saveWithdrawalStepUp(withdrawalId: string, reference: string): Promise<void> {
  void withdrawalId;
  void reference;
}

export async function saveStepUp(stepUp: StepUp): Promise<void> {
  void stepUp;
}

export async function findApplicant(applicationId: string): Promise<Applicant> {
  return { id: applicationId };
}

export async function saveIdentityCheck(applicationId: string, reference: string, startedAt: string): Promise<void> {
  void applicationId;
  void reference;
  void startedAt;
}

export async function findCounterWithdrawal(withdrawalId: string): Promise<CounterWithdrawal> {
  return { id: withdrawalId, customerNo: '', faceLoginReference: '' };
}

export async function settleCounterWithdrawal(withdrawalId: string, reference: string, approved: boolean): Promise<void> {
  void withdrawalId;
  void reference;
  void approved;
}

export async function settleTransferStepUp(reference: string, outcome: TransferStepUpOutcome): Promise<void> {
  void reference;
  void outcome;
}

export async function settleAcquirerPayment(reference: string, outcome: SettlementOutcome): Promise<void> {
  void reference;
  void outcome;
}
