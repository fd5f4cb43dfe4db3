// Persistence used by the services of this corpus (a stand-in for the customer's data layer).
export async function saveFaceLogin(userId: string, reference: string): Promise<void> {
  void userId;
  void reference;
}

export async function saveKycCase(customerId: string, reference: string): Promise<void> {
  void customerId;
  void reference;
}
