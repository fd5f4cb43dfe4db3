import { Config, Inject, Provide, HttpClient } from '@midwayjs/core';

@Provide()
export class KycService {
  @Inject()
  httpclient!: HttpClient;

  @Config('jumio')
  jumio!: { token: string; secret: string };

  async startVerification(customerId: string) {
    const res = await this.httpclient.request('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      dataType: 'json',
      contentType: 'json',
      headers: {
        Accept: 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${this.jumio.token}:${this.jumio.secret}`).toString('base64'),
        'User-Agent': 'Lumen KYC/3.0',
      },
      data: {
        customerInternalReference: customerId,
        userReference: customerId,
        successUrl: 'https://kyc.lumen.example/done',
        locale: 'en',
      },
    });
    return { url: res.data.redirectUrl, scan: res.data.transactionReference };
  }
}
