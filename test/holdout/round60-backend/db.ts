// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).
import type { Middleware } from 'express-zod-api';

// Kiasu Exchange (type-graphql API)
export interface ExchangeContext {
  traderId: string;
}

export declare function findWithdrawal(withdrawalId: string, traderId: string): Promise<{ id: string; address: string; asset: string }>;
export declare function findTrader(traderId: string): Promise<{ uid: string; enrolmentReference: string }>;
export declare function saveWithdrawalFaceLogin(withdrawalId: string, faceLoginReference: string): Promise<void>;

// Larkspur Health (Pothos API)
export interface PatientContext {
  patientId: string;
}

export declare function findPatient(patientId: string): Promise<{ id: string; enrolmentReference: string }>;
export declare function recordResultsFaceLogin(labOrderId: string, faceLoginReference: string): Promise<void>;

// Redwood Federal Credit Union (NestJS REST API)
export interface AuthedRequest {
  member: { id: string; enrolmentReference: string };
}

export declare class MemberGuard {
  canActivate(context: unknown): boolean;
}

export declare class WiresRepository {
  findPending(wireId: string, memberId: string): Promise<{ id: string; amountCents: number }>;
  attachFaceLogin(wireId: string, faceLoginReference: string): Promise<void>;
}

// Baltic Lend and Nordlys Finans (tRPC APIs)
export interface OnboardingContext {
  userId: string;
}

export declare function findApplication(applicationId: string, userId: string): Promise<{ id: string; number: string } | null>;
export declare function saveIdCheck(applicationId: string, reference: string): Promise<void>;
export declare function saveKyxIdCheck(
  applicationId: string,
  check: { accountId: string; workflowExecutionId: string; idCredentialId: string | null },
): Promise<void>;

// Merlion Trust and Quay Pay (gRPC services)
export declare function findProspect(prospectId: string): Promise<{ id: string; caseNo: string }>;
export declare function saveProspectIdCheck(prospectId: string, reference: string, startedAt: string): Promise<void>;
export declare function findOrder(orderId: string): Promise<{ id: string; amountMinor: number; currency: string }>;
export declare function saveCheckout(orderId: string, reference: string): Promise<void>;

// Copperline Casino cashier (express-zod-api)
export declare const agentAuth: Middleware<{ agent: { id: string } }>;
export declare function findCashout(cashoutId: string): Promise<{ id: string; playerId: string; faceLoginReference: string | null } | null>;
