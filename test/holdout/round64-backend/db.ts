// Persistence of the TypeScript modules of this corpus (a stand-in for the customers' own modules; never an input).
export async function recordTransferFaceLogin(transferId: string, faceLoginReference: string, startedAt: string): Promise<void> {}

export async function recordFaceLoginStart(memberNo: string, faceLoginReference: string): Promise<void> {}

export async function saveTopUpFaceLogin(topUpId: string, faceLoginReference: string): Promise<void> {}

export interface PayoutReview {
  outcome: 'release' | 'hold';
  reference?: string;
  decidedAt?: string;
  reason?: string;
}

export async function recordPayoutReview(payoutId: string, review: PayoutReview): Promise<void> {}
