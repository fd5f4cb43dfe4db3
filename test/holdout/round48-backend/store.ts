// Persistence and lookups the TypeScript services of this corpus import (a stand-in for the customers' own modules:
// what sits here is the domain around the identity calls, never a call to the identity vendor or to the network
// plumbing around it).
export interface PhoneChange {
  id: string;
  customer: { id: string; netverifyEnrollment: string; faceCheckSubjectId: string };
}

export interface BeneficiaryChange {
  id: string;
  customer: { id: string; netverifyEnrollment: string };
}

export interface CardLimitRequest {
  id: string;
  cardholder: { id: string; netverifyEnrollmentRef: string };
}

export interface TrustedDeviceRequest {
  id: string;
  customerId: string;
  faceLoginReference: string;
}

export interface FaceLoginOutcome {
  reference: string;
  passed: boolean;
  result: string;
  sentAt: string;
}

export async function findPhoneChange(changeId: string, customerId: string): Promise<PhoneChange | null> {
  void changeId;
  void customerId;
  return null;
}

export async function markPhoneChangeStepUp(changeId: string, reference: string): Promise<void> {
  void changeId;
  void reference;
}

export async function findBeneficiaryChange(changeId: string, customerId: string): Promise<BeneficiaryChange | null> {
  void changeId;
  void customerId;
  return null;
}

export async function saveBeneficiaryStepUp(changeId: string, reference: string): Promise<void> {
  void changeId;
  void reference;
}

export async function findCardLimitRequest(cardId: string, requestId: string): Promise<CardLimitRequest | null> {
  void cardId;
  void requestId;
  return null;
}

export async function saveCardLimitStepUp(requestId: string, reference: string): Promise<void> {
  void requestId;
  void reference;
}

export async function findTrustedDeviceRequest(requestId: string): Promise<TrustedDeviceRequest | null> {
  void requestId;
  return null;
}

export async function settleTrustedDeviceRequest(requestId: string, trusted: boolean, reference: string): Promise<void> {
  void requestId;
  void trusted;
  void reference;
}

export async function applyFaceLoginResult(outcome: FaceLoginOutcome): Promise<void> {
  void outcome;
}
