// Face re-authentication client of a multi-region tenant: the API hosts are a private Map of the class.
import axios from 'axios';

export class FaceLoginClient {
  private readonly hosts = new Map<string, string>([
    ['US', 'https://netverify.com'],
    ['EU', 'https://lon.netverify.com'],
  ]);

  async start(region: string, enrollmentReference: string, userId: string): Promise<string> {
    const response = await axios.post(
      `${this.hosts.get(region)}/api/authentication/v1/web/initiate`,
      { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      { auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' } },
    );
    return response.data.redirectUrl;
  }
}
