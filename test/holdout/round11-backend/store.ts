// Persistence used by the services of this corpus (a stand-in for the customer's data layer).
export interface FaceAuthRow {
  userId: string;
  reference: string;
  url?: string;
}

export async function saveFaceAuth(row: FaceAuthRow): Promise<void> {
  void row;
}

export async function enrollmentOf(userId: string): Promise<string> {
  return `enr-${userId}`;
}

export async function saveResult(reference: string, result: Record<string, unknown>): Promise<void> {
  void reference;
  void result;
}

export async function saveScan(customerId: string, scanRef: string): Promise<void> {
  void customerId;
  void scanRef;
}
