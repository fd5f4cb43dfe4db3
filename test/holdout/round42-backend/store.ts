// Persistence used by the services of this corpus (a stand-in for the customer's data layer).
export interface BranchCustomer {
  id: string;
  jumioEnrolment: string;
  locale?: string;
}

export interface KioskSession {
  customerId: string;
  enrolmentReference: string;
}

export async function findBranchCustomer(customerId: string): Promise<BranchCustomer> {
  return { id: customerId, jumioEnrolment: '', locale: 'en' };
}

export async function findKioskSession(kioskId: string): Promise<KioskSession | null> {
  void kioskId;
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

// The callback receivers' records: face-login results, card payments.
export async function recordFaceLoginResult(reference: string, record: Record<string, unknown>): Promise<void> {
  void reference;
  void record;
}

export async function recordCardPayment(reference: string, record: Record<string, unknown>): Promise<void> {
  void reference;
  void record;
}
