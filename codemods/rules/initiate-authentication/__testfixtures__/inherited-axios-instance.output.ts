import axios, { type AxiosInstance } from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

abstract class NetverifyClientBase {
  // TODO(netverify-migrate): initiate-authentication: this axios instance still carries the legacy Basic credentials (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header); remove them once none of its calls goes to a legacy Jumio host
  protected readonly http: AxiosInstance = axios.create({
    baseURL: 'https://lon.netverify.com',
    auth: { username: process.env.NETVERIFY_TOKEN ?? '', password: process.env.NETVERIFY_SECRET ?? '' },
    headers: { 'User-Agent': 'Atlas Identity/7.1' },
  });
}

interface LegacyInitiateResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export class FaceAuthenticationService extends NetverifyClientBase {
  async begin(userId: string, enrollmentReference: string): Promise<{ url: string; ref: string }> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const { data } = await this.http.put<LegacyInitiateResponse>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, auth: null as never });
    return { url: data.web.href, ref: data.workflowExecution.id };
  }
}
