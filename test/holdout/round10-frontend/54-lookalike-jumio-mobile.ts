// Ionic + Capacitor app: Jumio's native mobile SDK (not the web client) for the authentication step.
import { JumioMobileSDK } from '@jumio/capacitor-plugin';

export async function authenticateWithJumio(token: string, enrollmentTransactionReference: string): Promise<string> {
  await JumioMobileSDK.initialize({ authorizationToken: token, dataCenter: 'EU' });
  const result = await JumioMobileSDK.start({ enrollmentTransactionReference });
  if (result.payload?.value === 'success') {
    return result.transactionReference;
  }
  throw new Error(`Jumio authentication failed: ${result.errorCode}`);
}
