import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// An axios instance whose config (held in a variable) carries the legacy Basic credentials: axios would send them
// instead of any Authorization header, so the migrated call must override the instance's auth.
const jumioConfig = {
  baseURL: 'https://lon.netverify.com/api/authentication/v1',
  auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  timeout: 10_000,
};
// TODO(netverify-migrate): initiate-authentication: this axios instance still carries the legacy Basic credentials (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = axios.create(jumioConfig);

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await jumio.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: userId,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: userId,
  }, { headers: { 'User-Agent': 'Acme Login/3.1', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, auth: null as never });
  return res.data.web.href;
}
