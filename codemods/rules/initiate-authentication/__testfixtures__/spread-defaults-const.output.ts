// An authentication body spreading a const of page URLs and a lifetime (its one use): the const is mapped with the
// body — web.successUrl / web.errorUrl, tokenLifetime '30m' — and the body's own fields as usual.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const FACE_LOGIN_DEFAULTS = {
  web: {
    successUrl: 'https://acme.com/face/ok',
    errorUrl: 'https://acme.com/face/failed',
  },
  tokenLifetime: '30m',
} as const;

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    ...FACE_LOGIN_DEFAULTS,
    customerInternalReference: userId,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: userId,
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href;
}
