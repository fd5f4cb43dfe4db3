import axios, { type AxiosInstance } from 'axios';
import pRetry from 'p-retry';

export interface AuthStart {
  redirectUrl: string;
  transactionReference: string;
  timestamp: string;
}

const INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export class NetverifyAuthRepository {
  private readonly http: AxiosInstance = axios.create({ timeout: 10_000 });

  constructor(private readonly apiToken: string, private readonly apiSecret: string) {}

  async start(enrollmentReference: string, userReference: string): Promise<{ redirect: string; reference: string }> {
    const res = await pRetry(
      () =>
        this.http.post<AuthStart>(
          INITIATE_URL,
          { enrollmentTransactionReference: enrollmentReference, userReference, tokenLifetimeInMinutes: 60 },
          { auth: { username: this.apiToken, password: this.apiSecret } },
        ),
      { retries: 2 },
    );
    return { redirect: res.data.redirectUrl, reference: res.data.transactionReference };
  }
}
