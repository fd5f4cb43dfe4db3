// Persistence of the TypeScript modules of this corpus (a stand-in for the customers' own modules; never an input).
export async function recordClaimFaceLogin(claimNo: string, faceLoginReference: string): Promise<void> {}

export async function saveLimitFaceLogin(clientNo: string, faceLoginReference: string, startedAt: string): Promise<void> {}

export const metrics = {
  increment(name: string, tags?: Record<string, string>): void {},
};
