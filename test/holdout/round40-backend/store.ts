// Persistence used by the services of this corpus (a stand-in for the customer's data layer).
export async function saveFaceLogin(userId: string, reference: string): Promise<void> {
  void userId;
  void reference;
}

export async function saveKycCase(customerId: string, reference: string): Promise<void> {
  void customerId;
  void reference;
}

export async function recordStepUpDecision(decision: Record<string, unknown>): Promise<void> {
  void decision;
}

// The callback receivers' records: ID verification of account opening, face-login results, card payments.
export async function recordIdVerification(scanReference: string, record: Record<string, unknown>): Promise<void> {
  void scanReference;
  void record;
}

export async function recordFaceLoginResult(reference: string, record: Record<string, unknown>): Promise<void> {
  void reference;
  void record;
}

export async function recordCardPayment(reference: string, record: Record<string, unknown>): Promise<void> {
  void reference;
  void record;
}

export async function recordThreeDsOutcome(reference: string, record: Record<string, unknown>): Promise<void> {
  void reference;
  void record;
}
