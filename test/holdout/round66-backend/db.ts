// Persistence of the TypeScript modules of this corpus (a stand-in for the customers' own modules; never an input).
export async function recordLoanFaceLogin(loanId: string, faceLoginReference: string, startedAt: string): Promise<void> {}

export async function findGuarantorKyxAccount(guarantorNo: string): Promise<{ accountId: string; credentialId: string }> {
  return { accountId: `account-of-${guarantorNo}`, credentialId: `credential-of-${guarantorNo}` };
}

export interface UnsettledLimitRaise {
  id: string;
  customerNo: string;
  faceLoginReference: string;
}

export async function listUnsettledFaceLogins(limit: number): Promise<UnsettledLimitRaise[]> {
  return [];
}

export async function settleLimitRaise(raiseId: string, outcome: { approved: boolean; reference: string }): Promise<void> {}
