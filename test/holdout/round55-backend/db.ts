// Persistence, logging and domain types the TypeScript modules of this corpus import (a stand-in for the customers'
// own modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export declare const logger: {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
};

export interface OnlineMember {
  id: string;
  memberNo: string;
  enrolmentReference: string;
  locale: string;
}

export declare function saveTransferStepUp(transferId: string, reference: string, startedAt: string): Promise<void>;

export interface Transfer {
  id: string;
  amount: number;
  customer: { customerNo: string; enrolmentReference: string };
}

export declare function findTransfer(id: string): Promise<Transfer>;
export declare function saveTransferFaceLogin(id: string, reference: string, startedAt: string): Promise<void>;

export interface PayeeRequest {
  id: string;
  customer: { customerNo: string; enrolmentReference: string; locale: string };
}

export declare function findPayeeRequest(id: string): Promise<PayeeRequest | null>;
export declare function savePayeeStepUp(id: string, reference: string, startedAt: string): Promise<void>;

export interface WaitingLumpSum {
  id: string;
  memberNo: string;
  faceLoginReference: string;
}

export declare function settleLumpSum(
  id: string,
  outcome: { approved: boolean; reason: string; faceLoginReference?: string; decidedAt?: string },
): Promise<void>;

export declare class StepUpNotFoundError extends Error {}
export declare function settlePaymentApproval(reference: string, outcome: { approved: boolean; decidedAt: Date }): Promise<void>;
export declare function parkOrphanFaceLogin(orphan: {
  reference: string;
  enrolment: string;
  result: string;
  faceImage: string | null;
}): Promise<void>;

export interface BrokerageClient {
  id: string;
  clientNo: string;
  faceTemplateId: string;
  locale: string;
}

export declare function saveWithdrawalStepUp(withdrawalId: string, reference: string, startedAt: string): Promise<void>;

export interface KyxTransfer {
  id: string;
  customer: { customerNo: string; kyxAccountId: string; kyxIdCredentialId: string };
}

export declare function findKyxTransfer(id: string): Promise<KyxTransfer>;
export declare function saveTransferWorkflow(id: string, workflowExecutionId: string, startedAt: string): Promise<void>;
