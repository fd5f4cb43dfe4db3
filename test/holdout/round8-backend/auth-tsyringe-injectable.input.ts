// Face re-login service, registered in the tsyringe container (src/container.ts registers 'JumioCredentials').
import 'reflect-metadata';
import { inject, injectable } from 'tsyringe';
import axios from 'axios';
import { saveFaceAuth } from './store';

export interface JumioCredentials {
  apiToken: string;
  apiSecret: string;
}

interface AuthInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@injectable()
export class FaceReLoginService {
  constructor(@inject('JumioCredentials') private readonly creds: JumioCredentials) {}

  async begin(userId: string, enrollmentReference: string, locale = 'en-GB'): Promise<string> {
    const response = await axios.post<AuthInitiateResponse>(
      'https://lon.netverify.com/api/authentication/v1/web/initiate',
      {
        enrollmentTransactionReference: enrollmentReference,
        userReference: userId,
        successUrl: 'https://app.example.co.uk/relogin/ok',
        errorUrl: 'https://app.example.co.uk/relogin/failed',
        locale,
        tokenLifetimeInMinutes: 20,
      },
      {
        auth: { username: this.creds.apiToken, password: this.creds.apiSecret },
        headers: { Accept: 'application/json', 'User-Agent': 'ExampleBank ReLogin/4.2.0' },
        timeout: 10_000,
      },
    );
    await saveFaceAuth({ userId, reference: response.data.transactionReference, url: response.data.redirectUrl });
    return response.data.redirectUrl;
  }
}
