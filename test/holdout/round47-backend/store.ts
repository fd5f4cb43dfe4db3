// Persistence and lookups the TypeScript services of this corpus import (a stand-in for the customers' own modules:
// what sits here is the domain around the identity calls, never a call to the identity vendor).
export interface HeldPayment {
  id: string;
  amountMinor: number;
  currency: string;
  payer: { email: string; netverifyEnrollment: string };
}

export interface LimitChangeMember {
  memberId: string;
  netverifyEnrollmentRef: string;
}

export interface PendingWire {
  id: string;
  customer: { id: string; netverifyEnrollmentRef: string; locale: string };
}

export interface KyxPendingWire {
  id: string;
  customer: { id: string; kyxAccountId: string; kyxIdCredentialId: string; locale: string };
}

export interface Policyholder {
  id: string;
  netverifyEnrollment: string;
}

export interface DriverApplication {
  id: string;
  driverId: string;
  customerId: string;
  market: 'de' | 'at';
}

export interface SalaryAccountChange {
  id: string;
  faceLoginRef: string;
  employee: { id: string; workEmail: string };
}

export async function findHeldPayment(paymentId: string): Promise<HeldPayment | null> {
  void paymentId;
  return null;
}

export async function markStepUpStarted(paymentId: string, reference: string, startedAt: string): Promise<void> {
  void paymentId;
  void reference;
  void startedAt;
}

export async function findMemberForLimitChange(cardId: string): Promise<LimitChangeMember | null> {
  void cardId;
  return null;
}

export async function saveLimitChangeSession(cardId: string, reference: string, terminalId: string | null): Promise<void> {
  void cardId;
  void reference;
  void terminalId;
}

export async function recordWireStepUp(wireId: string, reference: string): Promise<void> {
  void wireId;
  void reference;
}

export async function findPolicyholder(policyholderId: string): Promise<Policyholder | null> {
  void policyholderId;
  return null;
}

export async function savePayoutChangeStepUp(policyholderId: string, reference: string): Promise<void> {
  void policyholderId;
  void reference;
}

export async function findDriverApplication(applicationId: string): Promise<DriverApplication | null> {
  void applicationId;
  return null;
}

export async function saveIdentityLink(applicationId: string, reference: string, href: string): Promise<void> {
  void applicationId;
  void reference;
  void href;
}

export async function findSalaryAccountChange(changeId: string): Promise<SalaryAccountChange | null> {
  void changeId;
  return null;
}

export async function settleSalaryAccountChange(changeId: string, approved: boolean, reference: string): Promise<void> {
  void changeId;
  void approved;
  void reference;
}
