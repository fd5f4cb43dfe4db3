import { Jumio, Region } from 'jumio';
import type { InitiateIdentityVerificationResponse } from 'jumio';

// The npm `jumio` SDK (stagnationlab): no URL in the customer's code; recognised by import source and flagged.
const jumio = new Jumio({ apiToken: 'token', apiSecret: 'secret', region: Region.EU, company: 'Acme' });

export async function verify(userId: string): Promise<string> {
  const result: InitiateIdentityVerificationResponse = await jumio.initiateIdentityVerification({
    customerInternalReference: `acme-${userId}`,
    userReference: userId,
  });
  return result.redirectUrl;
}
