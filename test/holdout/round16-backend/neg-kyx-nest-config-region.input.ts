// Already on KYX (NestJS): the account PUT with workflow 9; the region from ConfigService; the response mapped back to
// the app's own legacy-looking names.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { kyxToken } from './kyx-token.js';

@Injectable()
export class KyxFaceLoginService {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async start(accountId: string, credentialId: string, userId: string) {
    const region = this.config.get<string>('KYX_REGION', 'emea-1');
    const { data } = await firstValueFrom(
      this.http.put(
        `https://account.${region}.jumio.ai/api/v1/accounts/${accountId}`,
        {
          customerInternalReference: userId,
          userReference: userId,
          workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
          web: { successUrl: 'https://acme.example/face/ok', locale: 'en' },
          tokenLifetime: '30m',
        },
        { headers: { Authorization: `Bearer ${await kyxToken(region)}` } },
      ),
    );
    return { redirectUrl: data.web.href as string, transactionReference: data.workflowExecution.id as string };
  }
}
