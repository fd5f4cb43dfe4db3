// The answer's type comes from a sibling .d.ts, which no run edits: the migrated call reads a KYX-shaped copy
// declared above it, and an item names the declaration file's type.
import type { LegacyInitiateAnswer } from './legacy-initiate-types.js';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';

interface KyxLegacyInitiateAnswer {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  // TODO(netverify-migrate): initiate-authentication: this migrated initiate reads KyxLegacyInitiateAnswer, a KYX-shaped copy of LegacyInitiateAnswer of legacy-initiate-types.d.ts, a declaration file the codemod does not edit (it keeps the legacy shape): move LegacyInitiateAnswer to the KYX shape once nothing reads the legacy fields, and delete KyxLegacyInitiateAnswer
  const started = (await res.json()) as KyxLegacyInitiateAnswer;
  return started.web.href;
}
