import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const CALLBACK_URL = process.env.PUBLIC_URL + '/jumio/callback';

export async function startFaceAuthentication(enrollmentReference: string, userReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: userReference,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference,
    callbackUrl: CALLBACK_URL,
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'User-Agent': 'acme-kyc/1.0' },
  });
  return data.web.href as string;
}

export function callbackTarget() {
  return CALLBACK_URL;
}
