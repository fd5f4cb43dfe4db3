import axios, { type AxiosInstance } from 'axios';

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
  redirectUrl: string;
  transactionReference: string;
}

// stagnationlab-style SDK: an axios instance with a legacy baseURL and a relative '/initiate'.
export class JumioIdentity {
  private readonly identityApi: AxiosInstance;

  constructor(apiToken: string, apiSecret: string) {
    this.identityApi = axios.create({
      baseURL: 'https://lon.netverify.com/api/v4',
      auth: { username: apiToken, password: apiSecret },
      headers: { 'User-Agent': 'Example SDK/1.27' },
    });
  }

  async initiateIdentityVerification(customerInternalReference: string, userReference: string): Promise<string> {
    const response = await this.identityApi.post<InitiateIdentityVerificationResponse>('/initiate', {
      customerInternalReference,
      userReference,
      workflowId: 101,
      presets: [{ index: 1, country: 'GBR', type: 'PASSPORT' }],
    });
    return response.data.redirectUrl;
  }
}

export const regions = identityRegionApiUrlMap;
