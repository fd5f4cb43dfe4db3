import { Config, Inject, Provide, HttpClient } from '@midwayjs/core';
import { kyxAccessToken } from './kyx-auth';

@Provide()
export class KycService {
  @Inject()
  httpclient!: HttpClient;

  @Config('jumio')
  jumio!: { token: string; secret: string };

  async startVerification(customerId: string) {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const res = await this.httpclient.request('https://account.amer-1.jumio.ai/api/v1/accounts', {
      method: 'POST',
      dataType: 'json',
      contentType: 'json',
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
        'User-Agent': 'Lumen KYC/3.0',
      },
      data: {
        customerInternalReference: customerId,
        userReference: customerId,
        web: { successUrl: 'https://kyc.lumen.example/done', locale: 'en' },
        workflowDefinition: { key: 3 },
      },
    });
    return { url: res.data.web.href, scan: res.data.workflowExecution.id };
  }
}
