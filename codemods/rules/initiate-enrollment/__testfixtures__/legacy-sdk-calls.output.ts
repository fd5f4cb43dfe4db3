import { Jumio, Region } from 'jumio';
import type { InitiateIdentityVerificationResponse } from 'jumio';

// The npm `jumio` SDK (stagnationlab): no URL in the customer's code; recognised by import source and flagged.
const jumio = new Jumio({ apiToken: 'token', apiSecret: 'secret', region: Region.EU, company: 'Acme' });

export async function verify(userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: the legacy Jumio SDK 'jumio' starts a legacy v4 initiate here: replace it with a KYX account request (POST https://account.<region>.jumio.ai/api/v1/accounts with workflowDefinition, Bearer token from kyx-auth), then read web.href / workflowExecution.id
  const result: InitiateIdentityVerificationResponse = await jumio.initiateIdentityVerification({
    customerInternalReference: `acme-${userId}`,
    userReference: userId,
  });
  return result.redirectUrl;
}
