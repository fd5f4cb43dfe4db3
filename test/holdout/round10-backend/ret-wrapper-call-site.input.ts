// Authentication result lookup through the app's typed Jumio helper.
import { jumioRequest } from './lib-jumio-request';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export async function faceLoginPassed(reference: string): Promise<boolean> {
  const details = await jumioRequest<AuthenticationDetails>('GET', `/api/netverify/v2/authentications/${reference}`);
  return details.transactionResult === 'PASSED';
}
