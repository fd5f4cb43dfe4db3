// Persistence used by the services of this corpus (a stand-in for the customer's data layer).
export async function saveFaceLogin(userId: string, reference: string): Promise<void> {
  void userId;
  void reference;
}

export async function saveKycCase(customerId: string, reference: string): Promise<void> {
  void customerId;
  void reference;
}

export async function saveResult(reference: string, result: Record<string, unknown>): Promise<void> {
  void reference;
  void result;
}

export async function markUserVerified(userId: string, passed: boolean): Promise<void> {
  void userId;
  void passed;
}

export async function pendingFaceLogins(): Promise<string[]> {
  return [];
}

// Node-style callback variants, as the older modules of this corpus call them.
export function recordFaceLoginResult(reference: string, result: Record<string, unknown>, done: (err: Error | null) => void): void {
  void reference;
  void result;
  done(null);
}

export function recordPaymentNotification(reference: string, notification: Record<string, unknown>, done: (err: Error | null) => void): void {
  void reference;
  void notification;
  done(null);
}

// The retrieval poll queue and the callback notices of the step-up service (round 36).
export async function queueFaceLoginPoll(reference: string, options: { delayMs: number }): Promise<void> {
  void reference;
  void options;
}

export async function recordFaceLoginNotice(reference: string, notice: Record<string, unknown>): Promise<void> {
  void reference;
  void notice;
}
