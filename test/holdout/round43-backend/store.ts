// Persistence and messaging used by the scripts of this corpus (a stand-in for the customer's data layer).
export interface Member {
  id: string;
  jumioEnrollment?: string;
}

export interface Invoice {
  number: string;
  memberId: string;
  openAmountCents: number;
  currency: string;
}

export interface ExpiredApplication {
  id: string;
  applicantId: string;
  email: string;
  locale: string;
  attempts: number;
}

export async function findMember(memberId: string): Promise<Member | null> {
  return { id: memberId };
}

export async function findInvoice(invoiceNumber: string): Promise<Invoice | null> {
  void invoiceNumber;
  return null;
}

export async function auditSupportAction(actor: string | undefined, action: string, subject: string, reference: string): Promise<void> {
  void actor;
  void action;
  void subject;
  void reference;
}

export async function expiredVerifications(query: { before: Date; maxAttempts: number }): Promise<ExpiredApplication[]> {
  void query;
  return [];
}

export async function replaceVerification(
  applicationId: string,
  link: { reference: string; attempt: number; issuedAt: string },
): Promise<void> {
  void applicationId;
  void link;
}

export async function sendVerificationReminder(email: string, link: string, options: { hoursValid: number }): Promise<void> {
  void email;
  void link;
  void options;
}

// The face-login results replayed from the callback pipeline's dead-letter queue.
export async function settleFaceLogin(reference: string | null, outcome: Record<string, string | null>): Promise<void> {
  void reference;
  void outcome;
}
