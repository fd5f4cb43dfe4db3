import axios, { type AxiosInstance } from 'axios';

abstract class NetverifyClientBase {
  protected readonly http: AxiosInstance = axios.create({
    baseURL: 'https://lon.netverify.com',
    auth: { username: process.env.NETVERIFY_TOKEN ?? '', password: process.env.NETVERIFY_SECRET ?? '' },
    headers: { 'User-Agent': 'Atlas Identity/7.1' },
  });
}

interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceAuthenticationService extends NetverifyClientBase {
  async begin(userId: string, enrollmentReference: string): Promise<{ url: string; ref: string }> {
    const { data } = await this.http.post<LegacyInitiateResponse>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
    });
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
