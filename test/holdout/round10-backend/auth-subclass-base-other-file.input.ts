// The Jumio client of the vendor layer: a subclass of the shared VendorClient (EU tenant).
import { VendorClient } from './vendor-client';

interface AuthStart {
  redirectUrl: string;
  transactionReference: string;
}

export class JumioClient extends VendorClient {
  constructor() {
    super('https://lon.netverify.com', process.env.JUMIO_API_TOKEN ?? '', process.env.JUMIO_API_SECRET ?? '');
  }

  async startAuthentication(enrollmentReference: string, userId: string): Promise<{ url: string; reference: string }> {
    const res = await this.post<AuthStart>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
    });
    return { url: res.redirectUrl, reference: res.transactionReference };
  }
}
