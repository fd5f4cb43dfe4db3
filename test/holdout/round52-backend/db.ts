// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface OverdraftRequest {
  id: string;
  customer: { customerNo: string; idScanReference: string; appLanguage: 'de' | 'en' };
}

export declare function findOverdraftRequest(id: string): Promise<OverdraftRequest | null>;
export declare function saveOverdraftStepUp(id: string, reference: string, startedAt: string): Promise<void>;

export interface Withdrawal {
  id: string;
  clientId: string;
  client: { clientNo: string; enrolmentReference: string };
}

export declare function findWithdrawal(id: string): Promise<Withdrawal | undefined>;
export declare function saveWithdrawalStepUp(id: string, reference: string, startedAt: string): Promise<void>;

export interface OptionsApplication {
  id: string;
  customer: { accountNo: string; kycReference: string };
}

export declare function findOptionsApplication(id: string): Promise<OptionsApplication>;
export declare function saveOptionsStepUp(id: string, reference: string, startedAt: string): Promise<void>;

/** The Redis client the QR hand-off uses (node-redis v4 call shapes). */
export declare const handoffCache: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options: { EX: number }): Promise<string | null>;
};

export interface LoanApplication {
  id: string;
  number: string;
  primaryApplicant: { id: string; mobile: string };
}

export declare const idChecks: {
  put(item: { pk: string; sk: string; createdAt: string; channel: 'sms' | 'web' }): Promise<void>;
};
export declare function sendSms(to: string, text: string): Promise<void>;
export declare function shortenLink(url: string, options: { ttlHours: number }): Promise<string>;

export interface Payout {
  id: string;
  customerNo: string;
  faceLoginReference: string;
}

export declare function findPayout(id: string): Promise<Payout>;
export declare function markPayoutChecked(id: string, check: { passed: boolean; decidedAt: Date }): Promise<void>;

export interface CardUnlock {
  id: string;
  faceLoginReference: string;
}

export declare function findCardUnlock(id: string): Promise<CardUnlock | null>;
export declare function settleCardUnlock(id: string, outcome: { passed: boolean; decidedAt: Date }): Promise<void>;

export interface Redemption {
  id: string;
  investorId: string;
  investor: { investorNo: string; faceTemplateId: string };
}

export declare function findRedemption(id: string): Promise<Redemption | undefined>;
export declare function saveRedemptionStepUp(id: string, reference: string, startedAt: string): Promise<void>;

export interface MarginApplication {
  id: string;
  customer: { accountNo: string; kyxAccountId: string; kyxIdCredentialId: string };
}

export declare function findMarginApplication(id: string): Promise<MarginApplication>;
export declare function saveMarginStepUp(id: string, workflowExecutionId: string, startedAt: string): Promise<void>;
export declare const marginHandoffCache: {
  set(key: string, value: string, options: { EX: number }): Promise<string | null>;
};
