import { Config, Inject, Provide } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

const NETVERIFY_AUTH_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

interface JumioCredentials {
  token: string;
  secret: string;
}

@Provide()
export class StepUpService {
  @Inject()
  httpService: HttpService;

  @Config('jumio')
  jumio: JumioCredentials;

  async begin(enrollmentReference: string, userId: string) {
    const response = await this.httpService.post(
      NETVERIFY_AUTH_URL,
      { enrollmentTransactionReference: enrollmentReference, userReference: userId, locale: 'de-AT' },
      { auth: { username: this.jumio.token, password: this.jumio.secret } },
    );
    return { href: response.data.redirectUrl, reference: response.data.transactionReference };
  }
}
