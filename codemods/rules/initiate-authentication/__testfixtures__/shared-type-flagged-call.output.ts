// Two initiates read the response through one interface; the second call's host comes from a setting, so it is only
// flagged and keeps reading the legacy fields. The interface stays legacy for it; the migrated call gets a KYX copy.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// TODO(netverify-migrate): initiate-authentication: this type describes the legacy initiate response of two calls: the legacy initiate at line 19 is flagged (not migrated) and still reads the legacy fields, so the type keeps that shape; the migrated one at line 14 now reads KyxJumioInitiateResponse; when you migrate the call at line 19, move it to KyxJumioInitiateResponse and delete this type
export interface JumioInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface KyxJumioInitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function startLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await axios.put<KyxJumioInitiateResponse>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return res.data.web.href;
}

export async function startConfiguredLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: its URL is netverify.com/api/authentication/v1/web/initiate by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await axios.post<JumioInitiateResponse>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: enrollmentReference }, { auth });
  return `${res.data.transactionReference} ${res.data.redirectUrl}`;
}
