// Persistence of the TypeScript modules of this corpus (a stand-in for the customers' own modules; never an input).
export interface StaffEnrolment {
  staffMemberId: string;
  scanReference: string;
}

export async function findStaffEnrolment(shop: string, staffMemberId: string): Promise<StaffEnrolment | null> {
  return null;
}

export async function recordOrderFaceLogin(cartId: string, faceLoginReference: string, startedAt: string): Promise<void> {}

export async function markFaceLoginAbandoned(faceLoginReference: string): Promise<void> {}

export async function releaseOrderToFulfilment(authData: unknown, orderId: string, faceLoginReference: string): Promise<void> {}

export async function holdOrderForConcierge(authData: unknown, orderId: string, note: string): Promise<void> {}
