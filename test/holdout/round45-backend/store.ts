// Persistence, logging and lookups used by the services of this corpus (a stand-in for the customers' data layers).
export interface Member {
  id: string;
  jumioEnrollment?: string;
  kyxAccountId?: string;
  locale?: string;
}

export interface WalletUser {
  id: string;
  netverifyEnrollmentRef: string;
}

export interface Trader {
  id: string;
  enrolmentReference: string;
}

export interface Applicant {
  id: string;
  applicationId: string;
  locale: string;
}

export interface PortalLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export async function findMember(memberId: string): Promise<Member | null> {
  return { id: memberId };
}

export async function saveStepUp(transferId: string, stepUpId: string, issuedAt: Date): Promise<void> {
  void transferId;
  void stepUpId;
  void issuedAt;
}

export async function findWalletUser(userId: string): Promise<WalletUser> {
  return { id: userId, netverifyEnrollmentRef: '' };
}

export async function recordReauth(userId: string, reference: string, reason: string, startedAt: string): Promise<void> {
  void userId;
  void reference;
  void reason;
  void startedAt;
}

export async function loadTrader(traderId: string): Promise<Trader> {
  return { id: traderId, enrolmentReference: '' };
}

export async function rememberFaceLogin(traderId: string, reference: string, startedAt: string): Promise<void> {
  void traderId;
  void reference;
  void startedAt;
}

export async function rememberCheckout(orderId: string, reference: string, startedAt: string): Promise<void> {
  void orderId;
  void reference;
  void startedAt;
}

export async function logDecision(reference: string, result: string): Promise<void> {
  void reference;
  void result;
}

export async function markFaceLoginResult(memberId: string | null, reference: string, state: string): Promise<void> {
  void memberId;
  void reference;
  void state;
}

export async function markVeriffDecision(customerId: string | null, sessionId: string, state: string): Promise<void> {
  void customerId;
  void sessionId;
  void state;
}

export async function saveIdentityStep(applicationId: string, reference: string, issuedAt: string): Promise<void> {
  void applicationId;
  void reference;
  void issuedAt;
}

/** The face-login outcomes the callback receivers write (one row per authentication). */
export class FaceLoginOutcomes {
  async record(outcome: {
    reference: string;
    enrolment: string;
    passed: boolean;
    decidedAt: Date;
    receivedAt: Date;
    faceImage: string | null;
  }): Promise<void> {
    void outcome;
  }
}

export async function recordIntakeStep(chartId: string, step: string, reference: string): Promise<void> {
  void chartId;
  void step;
  void reference;
}
