// Authentication gateway: the URL is a getter so tests can point the class at a mock.
import axios, { AxiosResponse } from 'axios';

interface InitiateAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class AuthenticationGateway {
  private readonly host = 'https://lon.netverify.com';

  protected get initiateUrl(): string {
    return `${this.host}/api/authentication/v1/web/initiate`;
  }

  async initiate(enrollment: string, user: string, callbackUrl: string): Promise<{ href: string; ref: string }> {
    const resp: AxiosResponse<InitiateAuthResponse> = await axios.post(this.initiateUrl, {
      enrollmentTransactionReference: enrollment,
      userReference: user,
      callbackUrl,
    }, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      headers: { 'User-Agent': 'Woodgrove Auth Gateway/1.3' },
    });
    return { href: resp.data.redirectUrl, ref: resp.data.transactionReference };
  }
}
