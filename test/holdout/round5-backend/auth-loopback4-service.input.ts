import { BindingScope, injectable, inject } from '@loopback/core';
import axios from 'axios';
import { JumioDataCentre } from './jumio-dc';

export interface JumioCredentials {
  token: string;
  secret: string;
}

@injectable({ scope: BindingScope.SINGLETON })
export class FaceAuthService {
  constructor(@inject('config.jumio') private readonly creds: JumioCredentials) {}

  async initiate(enrollmentReference: string, customerId: string): Promise<{ url: string; reference: string }> {
    const response = await axios.post(
      `${JumioDataCentre.EU}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: enrollmentReference,
        userReference: customerId,
        callbackUrl: 'https://api.fjord.example/jumio/auth-callback',
        tokenLifetimeInMinutes: 30,
      },
      {
        auth: { username: this.creds.token, password: this.creds.secret },
        headers: { 'User-Agent': 'Fjord Savings/2.7' },
      },
    );
    return { url: response.data.redirectUrl, reference: response.data.transactionReference };
  }
}
