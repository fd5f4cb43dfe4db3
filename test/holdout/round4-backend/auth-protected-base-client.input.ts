import axios, { type AxiosInstance } from 'axios';
import { Repository } from 'typeorm';
import { AuthenticationAttempt } from '../entities/authentication-attempt.entity';

abstract class NetverifyClientBase {
  protected readonly http: AxiosInstance = axios.create({
    baseURL: 'https://lon.netverify.com',
    auth: {
      username: process.env.NETVERIFY_TOKEN ?? '',
      password: process.env.NETVERIFY_SECRET ?? '',
    },
    headers: { 'User-Agent': 'Atlas Identity/7.1' },
  });
}

interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceAuthenticationService extends NetverifyClientBase {
  constructor(private readonly attempts: Repository<AuthenticationAttempt>) {
    super();
  }

  async begin(userId: string, enrollmentReference: string): Promise<string> {
    const { data } = await this.http.post<LegacyInitiateResponse>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
      locale: 'en-GB',
    });
    await this.attempts.save(
      this.attempts.create({ userId, transactionReference: data.transactionReference, state: 'STARTED' }),
    );
    return data.redirectUrl;
  }
}
