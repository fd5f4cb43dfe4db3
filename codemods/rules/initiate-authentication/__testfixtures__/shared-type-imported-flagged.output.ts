// Two initiates read the response through one interface imported from another module; the second call's host comes
// from a setting, so it is only flagged and keeps reading the legacy fields. The interface keeps its legacy shape (its
// module gets an item); the migrated call reads a KYX-shaped copy declared in its own file (the type stands alone).
import axios from 'axios';
import { type JumioInitiateResponse as StartResponse } from './shared-initiate-types';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

interface KyxJumioInitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: this migrated initiate reads KyxJumioInitiateResponse, a KYX-shaped copy of JumioInitiateResponse (imported from './shared-initiate-types'), which keeps the legacy shape for the legacy initiate at line 15 of shared-type-imported-flagged.input.ts (flagged, not migrated): when you migrate that call, move JumioInitiateResponse to the KYX shape and delete KyxJumioInitiateResponse
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await axios.put<KyxJumioInitiateResponse>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return res.data.web.href;
}

export async function startConfiguredLogin(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: its URL is netverify.com/api/authentication/v1/web/initiate by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await axios.post<StartResponse>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: enrollmentReference }, { auth });
  return `${res.data.transactionReference} ${res.data.redirectUrl}`;
}
