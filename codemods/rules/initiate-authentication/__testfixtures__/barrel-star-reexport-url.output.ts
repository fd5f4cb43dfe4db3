// The URL is joined from constants a barrel re-exports with `export *`.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';

export async function startFaceLogin(user: { id: string; enrollmentReference: string }): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentReference);
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user.id },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  return data.web.href;
}
