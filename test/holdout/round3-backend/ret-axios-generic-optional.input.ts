import axios from 'axios';
import type { AuthenticationResult } from './kyc-types.js';

const RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications';

export async function authenticationPassed(reference: string): Promise<boolean> {
  const res = await axios.get<AuthenticationResult>(`${RETRIEVAL}/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    headers: { Accept: 'application/json' },
  });
  const details = res?.data;
  if (details?.transactionReference !== reference) {
    throw new Error('reference mismatch');
  }
  return details?.transactionResult === 'PASSED';
}
