// Two initiates read the response through one interface imported from another module; the second call's host comes
// from a setting, so it is only flagged and keeps reading the legacy fields. The interface keeps its legacy shape (its
// module gets an item); the migrated call reads a KYX-shaped copy declared in its own file (the type stands alone).
import axios from 'axios';
import { type JumioInitiateResponse as StartResponse } from './shared-initiate-types';

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function startLogin(enrollmentReference: string): Promise<string> {
  const res = await axios.post<StartResponse>('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference }, { auth });
  return res.data.redirectUrl;
}

export async function startConfiguredLogin(enrollmentReference: string): Promise<string> {
  const res = await axios.post<StartResponse>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: enrollmentReference }, { auth });
  return `${res.data.transactionReference} ${res.data.redirectUrl}`;
}
