// Persistence and domain types the TypeScript modules of this corpus import (a stand-in for the customers' own
// modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface RemitSender {
  id: string;
  customerNo: string;
  /** ISO 3166-1 alpha-2 country of residence. */
  residence: string;
}

export declare function findSender(senderId: string, agentLocationId: string): Promise<RemitSender | null>;
export declare function saveSenderEnrollment(senderId: string, enrollment: { netverifyEnrollmentRef: string; startedAt: string }): Promise<void>;
export declare function saveSenderIdentitySession(senderId: string, session: { sessionRef: string; startedAt: string }): Promise<void>;

export interface KirimSender {
  id: string;
  memberNo: string;
  mobile: string;
}

export declare function findKirimSender(senderId: string): Promise<KirimSender>;
export declare function saveSenderKyc(senderId: string, kyc: { reference: string; startedAt: string }): Promise<void>;

export interface LifeApplication {
  id: string;
  agentId: string;
  applicant: { id: string; email: string; state: string; biometricConsentAt: string | null };
}

export declare function findApplicationForAgent(applicationId: string, agentId: string): Promise<LifeApplication | null>;
export declare function saveIdentitySession(applicationId: string, reference: string, startedAt: string): Promise<void>;
export declare function saveKyxIdentitySession(
  applicationId: string,
  session: { accountId: string; workflowExecutionId: string; idCredentialId: string | null; startedAt: string },
): Promise<void>;

export interface TradingClient {
  id: string;
  accountNo: string;
  netverifyEnrollmentRef: string | null;
}

export declare class ClientsRepository {
  update(clientId: string, patch: Partial<Omit<TradingClient, 'id'>>): Promise<void>;
  recordFaceLogin(clientId: string, withdrawalId: string, faceLoginReference: string): Promise<void>;
}
