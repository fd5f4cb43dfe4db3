import axios from 'axios';
import type { paths } from './netverify-openapi';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// The response type looked up in openapi-typescript's output (round 45): written out as the KYX shape here.
// TODO(netverify-migrate): initiate-authentication: InitiateOk was looked up in a generated description of the legacy API; it now spells the KYX response fields this code reads: generate it from the KYX API description instead
type InitiateOk = { web: { href: string }; workflowExecution: { id: string }; timestamp: string };

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put<InitiateOk>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: userId,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: userId,
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}
