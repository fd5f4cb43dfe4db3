import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

// Private fields that only fed the legacy URL and Basic header go with them (noUnusedLocals flags unread private
// fields); a private field still read elsewhere and a public field stay.
export class KycClient {
  private readonly retrievalBase = 'https://retrieval.lon.netverify.com/api/netverify/v2/scans';
  readonly userAgent = 'Acme KYC/4.0';

  async start(customerInternalReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const res = await axios.post('https://account.emea-1.jumio.ai/api/v1/accounts', { customerInternalReference, workflowDefinition: { key: 2 } }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'User-Agent': this.userAgent },
    });
    return res.data.web.href;
  }

  scanUrl(reference: string): string {
    return `${this.retrievalBase}/${reference}`;
  }
}
