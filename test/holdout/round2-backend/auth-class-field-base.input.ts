import axios from 'axios';

export class JumioAuthClient {
  private readonly baseUrl = 'https://lon.netverify.com';
  private readonly auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

  async start(enrollmentTransactionReference: string, userReference: string): Promise<{ url: string; ref: string }> {
    const { data } = await axios.post(`${this.baseUrl}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference, userReference }, { auth: this.auth });
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
