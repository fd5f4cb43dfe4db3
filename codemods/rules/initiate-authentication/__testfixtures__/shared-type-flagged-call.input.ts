// Two initiates read the response through one interface; the second call's host comes from a setting, so it is only
// flagged and keeps reading the legacy fields. The interface stays legacy for it; the migrated call gets a KYX copy.
import axios from 'axios';

export interface JumioInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function startLogin(enrollmentReference: string): Promise<string> {
  const res = await axios.post<JumioInitiateResponse>('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference }, { auth });
  return res.data.redirectUrl;
}

export async function startConfiguredLogin(enrollmentReference: string): Promise<string> {
  const res = await axios.post<JumioInitiateResponse>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: enrollmentReference }, { auth });
  return `${res.data.transactionReference} ${res.data.redirectUrl}`;
}
