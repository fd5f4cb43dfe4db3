import axios from 'axios';
import type { LegacyInitiateResponse } from './kyc-types.js';

function timeout<T>(ms: number): Promise<T> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms));
}

const auth = { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! };

export async function initiateWithDeadline(enrollment: string, customer: string) {
  const res = await Promise.race([
    axios.post<LegacyInitiateResponse>('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: customer,
    }, { auth }),
    timeout<never>(5000),
  ]);
  return { link: res.data.redirectUrl, ref: res.data.transactionReference };
}
