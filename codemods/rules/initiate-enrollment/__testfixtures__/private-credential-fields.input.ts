import axios from 'axios';

// Private fields that only fed the legacy URL and Basic header go with them (noUnusedLocals flags unread private
// fields); a private field still read elsewhere and a public field stay.
export class KycClient {
  private readonly authHeader = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');
  private readonly initiateUrl = 'https://lon.netverify.com/api/v4/initiate';
  private readonly retrievalBase = 'https://retrieval.lon.netverify.com/api/netverify/v2/scans';
  readonly userAgent = 'Acme KYC/4.0';

  async start(customerInternalReference: string): Promise<string> {
    const res = await axios.post(this.initiateUrl, { customerInternalReference, workflowId: 100 }, {
      headers: { Authorization: this.authHeader, 'User-Agent': this.userAgent },
    });
    return res.data.redirectUrl;
  }

  scanUrl(reference: string): string {
    return `${this.retrievalBase}/${reference}`;
  }
}
