import { Inject, Provide, Config } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

interface JumioInitiateResponse {
  redirectUrl: string;
  transactionReference: string;
}

@Provide()
export class FaceAuthService {
  @Inject()
  httpService!: HttpService;

  @Config('jumio')
  jumioConfig!: { apiToken: string; apiSecret: string };

  async start(enrollmentTransactionReference: string, userId: string) {
    const res = await this.httpService.post<JumioInitiateResponse>('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference,
      userReference: userId,
    }, {
      auth: { username: this.jumioConfig.apiToken, password: this.jumioConfig.apiSecret },
      headers: { 'User-Agent': 'Contoso Midway/1.0' },
    });
    return { redirectUrl: res.data.redirectUrl, reference: res.data.transactionReference };
  }
}
