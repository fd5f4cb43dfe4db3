// A repository migrated in parts: this file names the KYX helper's token function in a type only.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxAccount } from './kyx-auth.js';

export type TokenSource = typeof kyxAccessToken;

export async function startFaceLogin(enrollmentRef: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: enrollmentRef,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    web: { successUrl: 'https://portal.example.com/face-login/done' },
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}
