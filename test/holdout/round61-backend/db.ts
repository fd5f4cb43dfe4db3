// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface ResetMember {
  resetId: string;
  memberNo: string;
  /** Reference of the ID check the member did when they joined. */
  joiningIdCheckRef: string;
}

export declare function findMemberForReset(resetToken: string): Promise<ResetMember | null>;
export declare function savePasswordResetStepUp(resetId: string, faceLoginReference: string, startedAt: string): Promise<void>;

export interface FrozenCard {
  id: string;
  holder: { memberNo: string; veridfaceEnrolmentId: string };
}

export declare function findFrozenCard(cardId: string, memberId: string): Promise<FrozenCard | null>;
export declare function saveCardUnlockStepUp(cardId: string, faceCheckReference: string, startedAt: string): Promise<void>;

export interface IbanChange {
  id: string;
  depositId: string;
  customer: { customerNo: string; accountOpeningCheckRef: string };
}

export declare function findPendingIbanChange(depositId: string, customerId: string): Promise<IbanChange | null>;
export declare function markIbanChangeStepUp(changeId: string, faceLoginReference: string, startedAt: string): Promise<void>;

export interface BrokerageClient {
  id: string;
  clientNo: string;
  /** Null for accounts opened before 2019 (verified on paper). */
  accountOpeningCheckRef: string | null;
}

export declare class DestinationsRepository {
  recordFaceLogin(destinationId: string, faceLoginReference: string): Promise<void>;
}

export interface PendingWire {
  id: string;
  clientNo: string;
  amountCents: number;
  faceLoginReference: string;
}

export interface WireDecision {
  release: boolean;
  reason: string;
  faceLoginReference?: string;
  decidedAt?: string;
}

export declare const auditTrail: {
  record(event: string, subjectId: string, detail: Record<string, string>): Promise<void>;
};

export declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

export interface MarginClient {
  clientId: string;
  accountOpeningCheckRef: string;
}
