// A Jumio client built by an async factory: the credentials are loaded once, the constructor is private (US).
import axios from 'axios';
import { loadSecret } from '@acme/secrets';

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceAuthClient {
  private constructor(private readonly basic: string) {}

  static async create(): Promise<FaceAuthClient> {
    const { token, secret } = await loadSecret('jumio/api');
    return new FaceAuthClient(Buffer.from(`${token}:${secret}`).toString('base64'));
  }

  async start(enrollmentReference: string, userId: string): Promise<{ url: string; reference: string }> {
    const { data } = await axios.post<InitiateResponse>(
      'https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollmentReference, userReference: userId, tokenLifetimeInMinutes: 15 },
      { headers: { Authorization: `Basic ${this.basic}`, 'User-Agent': 'Acme Bank/9.3' } },
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
