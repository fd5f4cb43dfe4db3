import axios, { type AxiosInstance } from 'axios';
import { kyxAccessToken } from './kyx-auth';

export enum Region {
  US = 'US',
  EU = 'EU',
}

const identityRegionApiUrlMap: Record<Region, string> = {
  [Region.US]: 'https://netverify.com/api/v4',
  [Region.EU]: 'https://lon.netverify.com/api/v4',
};

export interface InitiateIdentityVerificationResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

// stagnationlab-style SDK: an axios instance with a legacy baseURL and a relative '/initiate'.
export class JumioIdentity {
  private readonly identityApi: AxiosInstance;

  constructor(apiToken: string, apiSecret: string) {
    // TODO(netverify-migrate): initiate-enrollment: this axios instance still carries the legacy Basic credentials (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header); remove them once none of its calls goes to a legacy Jumio host
    this.identityApi = axios.create({
      baseURL: 'https://lon.netverify.com/api/v4',
      auth: { username: apiToken, password: apiSecret },
      headers: { 'User-Agent': 'Example SDK/1.27' },
    });
  }

  async initiateIdentityVerification(customerInternalReference: string, userReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const response = await this.identityApi.post<InitiateIdentityVerificationResponse>('https://account.emea-1.jumio.ai/api/v1/accounts', {
      customerInternalReference,
      userReference,
      workflowDefinition: { key: 2, credentials: [{ category: 'ID', country: { values: ['GBR'] }, type: { values: ['PASSPORT'] } }] },
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, auth: null as never });
    return response.data.web.href;
  }
}

export const regions = identityRegionApiUrlMap;
