import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { kyxAccessToken } from './kyx-auth';

@Injectable()
export class KycService {
  constructor(private readonly httpService: HttpService) {}

  async open(customerId: string): Promise<string> {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const response = await this.httpService
      .post('https://account.amer-1.jumio.ai/api/v1/accounts', { customerInternalReference: customerId, workflowDefinition: { key: 3 } }, {
        headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      })
      .toPromise();
    return response!.data.web.href;
  }
}
