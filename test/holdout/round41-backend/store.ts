// Persistence used by the services of this corpus (a stand-in for the customer's data layer).
export async function saveFaceLogin(memberId: string, reference: string): Promise<void> {
  void memberId;
  void reference;
}

export async function recordFaceLoginStart(memberId: string, reference: string, expiresAt: Date): Promise<void> {
  void memberId;
  void reference;
  void expiresAt;
}
