import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { kyxAccessToken } from './kyx-auth';

// NestJS: HttpService wrapped in firstValueFrom, an `as {…}` cast on the response data.
@Injectable()
export class KycService {
  constructor(private readonly http: HttpService) {}

  async startVerification(userId: string) {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const response = await firstValueFrom(
      this.http.post(
        'https://account.emea-1.jumio.ai/api/v1/accounts',
        { customerInternalReference: `kyc-${userId}`, userReference: userId, workflowDefinition: { key: 3 } },
        { headers: { 'User-Agent': 'Nest KYC/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
      ),
    );
    const data = response.data as { web: { href: string }; workflowExecution: { id: string } };
    return { url: data.web.href, reference: data.workflowExecution.id };
  }
}
