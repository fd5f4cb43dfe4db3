// Persistence and domain types the TypeScript services of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).
import type { FaceLoginSession } from './face-login-session.js';

export interface LimitRaiseRequest {
  id: string;
  customer: { customerNo: string; netverifyEnrollmentRef: string };
}

export interface WireMember {
  memberNumber: string;
  netverifyEnrollment: string;
}

export interface KyxWireMember {
  memberNumber: string;
  kyxAccountId: string;
  kyxIdCredentialId: string;
}

export interface MobileNumberChange {
  id: string;
  client: { accountNo: string; netverifyScanRef: string };
}

export interface ContractDraft {
  id: string;
  customer: { id: string };
}

export interface TopUpOrder {
  id: string;
  amountCents: number;
  customerNo: string;
}

/** What the claims domain knows of a face login (the port's view). */
export interface FaceLoginOutcomeView {
  readonly reference: string;
  readonly claimant: string | null;
  readonly decided: boolean;
  readonly passed: boolean;
  readonly decidedAt: Date | null;
}

export interface FaceLoginOutcomeRepository {
  byReference(reference: string): Promise<FaceLoginOutcomeView | null>;
}

/** The private bank's audit record of one face login. */
export interface FaceLoginAudit {
  readonly reference: string;
  readonly client: string;
  readonly passed: boolean;
  readonly decidedAt: string;
}

export const claimsLog = {
  info(fields: Record<string, unknown>, message: string): void {
    void fields;
    void message;
  },
};

export async function recordLimitRaiseStepUp(requestId: string, reference: string, startedAt: Date): Promise<void> {
  void requestId;
  void reference;
  void startedAt;
}

export async function recordTopUpCheckout(orderId: string, paymentReference: string, createdAt: Date): Promise<void> {
  void orderId;
  void paymentReference;
  void createdAt;
}

export async function findMemberForWire(wireId: string): Promise<WireMember | null> {
  void wireId;
  return null;
}

export async function findKyxMemberForWire(wireId: string): Promise<KyxWireMember | null> {
  void wireId;
  return null;
}

export async function saveWireStepUp(wireId: string, memberNumber: string, reference: string, accountId?: string): Promise<void> {
  void wireId;
  void memberNumber;
  void reference;
  void accountId;
}

export async function findMobileNumberChange(changeId: string): Promise<MobileNumberChange | null> {
  void changeId;
  return null;
}

export async function saveMobileNumberStepUp(changeId: string, session: FaceLoginSession): Promise<void> {
  void changeId;
  void session;
}

export async function saveIdentityCheckLink(draftId: string, link: { href: string; scanReference: string; createdAt: Date }): Promise<void> {
  void draftId;
  void link;
}
