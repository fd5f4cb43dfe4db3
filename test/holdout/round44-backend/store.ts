// Persistence used by the services of this corpus (a stand-in for the customer's data layer: the identity package of
// the Tidewater monorepo, shared by the online bank, the branch counters, the member app and the onboarding service).
export interface OnlineCustomer {
  id: string;
  jumioEnrollment?: string;
  locale: string;
}

export interface CounterCustomer {
  id: string;
  jumioEnrolment: string;
  locale?: string;
}

export interface BusinessUser {
  id: string;
  kyxAccountId?: string;
  kyxIdCredentialId?: string;
  locale: string;
}

export interface Member {
  id: string;
  jumioEnrollment: string;
  locale?: string;
}

export interface Application {
  id: string;
  applicantId: string;
}

export interface Cardholder {
  id: string;
  panReference: string;
}

export async function findOnlineCustomer(customerId: string): Promise<OnlineCustomer | null> {
  return { id: customerId, locale: 'de' };
}

export async function findCounterCustomer(customerId: string): Promise<CounterCustomer> {
  return { id: customerId, jumioEnrolment: '' };
}

export async function findBusinessUser(userId: string): Promise<BusinessUser | null> {
  return { id: userId, locale: 'de' };
}

export async function findMember(memberId: string): Promise<Member | null> {
  void memberId;
  return null;
}

export async function findApplication(applicationId: string): Promise<Application | null> {
  void applicationId;
  return null;
}

export async function saveFaceLogin(customerId: string, reference: string): Promise<void> {
  void customerId;
  void reference;
}

export async function saveVerification(applicationId: string, reference: string): Promise<void> {
  void applicationId;
  void reference;
}

export async function auditCounterAction(counterId: string, action: string, reference: string): Promise<void> {
  void counterId;
  void action;
  void reference;
}

export async function auditCardAction(cardholderId: string, action: string, reference: string): Promise<void> {
  void cardholderId;
  void action;
  void reference;
}

export async function sendPush(memberId: string, notification: { title: string; body: string; url: string; category: string }): Promise<void> {
  void memberId;
  void notification;
}

// The support console's trail of who looked at which face login.
export async function noteSupportLookup(agentId: string, reference: string): Promise<void> {
  void agentId;
  void reference;
}

// Face-login outcomes, whether polled (retrieval) or pushed (callback).
export async function recordFaceLoginOutcome(reference: string, outcome: Record<string, string | null | undefined>): Promise<void> {
  void reference;
  void outcome;
}

export async function recordFaceLoginResult(reference: string, record: Record<string, unknown>): Promise<void> {
  void reference;
  void record;
}

/** Injected into the NestJS callback controllers (registered as a provider of the webhooks module). */
export class FaceLoginResults {
  async record(reference: string, result: { enrolment: string; outcome: string; decidedAt: string }): Promise<void> {
    void reference;
    void result;
  }
}

export class CardSettlements {
  async settle(reference: string, settlement: { merchantReference: string; outcome: string; settledAt: string }): Promise<void> {
    void reference;
    void settlement;
  }
}
