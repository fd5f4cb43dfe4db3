// The request type comes from a sibling module in a type-only import that also brings a type the file keeps.
import axios from 'axios';
import type { Member } from './face-login-types.js';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';

export async function startFaceLogin(member: Member): Promise<string> {
  const kyxAccount = await resolveKyxAccount(member.enrollmentReference);
  const body = {
    customerInternalReference: member.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: member.id,
    web: { successUrl: 'https://portal.example.com/face-login/done' },
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, body, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}
