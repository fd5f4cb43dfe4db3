// An abstract KYC vendor with a template method; the Jumio subclass holds its base as a protected member (US).
import axios from 'axios';

export abstract class KycVendor {
  abstract readonly name: string;
  protected abstract createSession(customerId: string): Promise<{ url: string; reference: string }>;

  async start(customerId: string) {
    const session = await this.createSession(customerId);
    return { vendor: this.name, ...session };
  }
}

export class JumioVendor extends KycVendor {
  readonly name = 'jumio';
  protected readonly base = 'https://netverify.com/api/v4';

  protected async createSession(customerId: string) {
    const res = await axios.post(`${this.base}/initiate`, {
      customerInternalReference: customerId,
      userReference: customerId,
      workflowId: 200,
    }, {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { 'User-Agent': 'Acme Marketplace/4.0' },
    });
    return { url: res.data.redirectUrl as string, reference: res.data.transactionReference as string };
  }
}
