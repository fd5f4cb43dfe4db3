// Persistence used by the TypeScript and ESM services of this corpus (a stand-in for the customer's data layer).
export async function saveFaceLogin(memberId: string, reference: string): Promise<void> {
  void memberId;
  void reference;
}

export async function saveKycCase(customerId: string, reference: string): Promise<void> {
  void customerId;
  void reference;
}

export async function recordFaceLoginNotice(reference: string, notice: Record<string, unknown>): Promise<void> {
  void reference;
  void notice;
}

export async function savePaymentRegistration(orderId: string, registration: Record<string, unknown>): Promise<void> {
  void orderId;
  void registration;
}

export async function recordThreeDsOutcome(merchantReference: string, outcome: Record<string, unknown>): Promise<void> {
  void merchantReference;
  void outcome;
}
