// The initiate URL is a getter of the class built from a private host field.
import axios from 'axios';

export class AuthenticationGateway {
  private readonly host = 'https://netverify.com';

  protected get initiateUrl(): string {
    return `${this.host}/api/authentication/v1/web/initiate`;
  }

  async initiate(enrollment: string, user: string): Promise<string> {
    const resp = await axios.post(this.initiateUrl, { enrollmentTransactionReference: enrollment, userReference: user }, {
      auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
    });
    return resp.data.redirectUrl;
  }
}
