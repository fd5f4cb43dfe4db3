// A region map indexed at run time; the call goes through an axios instance that has no base URL.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type DataCenter = 'us' | 'eu' | 'sg';

const HOSTS: Record<DataCenter, string> = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
  sg: 'https://core-sgp.jumio.com',
};

const http = axios.create({ timeout: 8000, headers: { 'User-Agent': 'Globex Identity/6.0' } });

export async function startFaceLogin(dc: DataCenter, enrollmentRef: string, userRef: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const kyxOrigin = ({ 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai' } as Record<string, string>)[new URL(`${HOSTS[dc]}/api/authentication/v1/web/initiate`).origin];
  const { data } = await http.put(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: userRef,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: userRef,
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
  });
  return { url: data.web.href, ref: data.workflowExecution.id };
}
