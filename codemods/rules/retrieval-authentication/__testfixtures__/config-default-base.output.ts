// NestJS ConfigService with a legacy default base: the setting may point anywhere, so the call is flagged, not rewritten.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class AuthResultService {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async result(reference: string): Promise<string> {
    const base = this.config.get<string>('JUMIO_BASE_URL', 'https://netverify.com');
    // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: its URL is netverify.com/api/netverify/v2/authentications/{…} by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
    const res = await firstValueFrom(this.http.get(`${base}/api/netverify/v2/authentications/${reference}`));
    return res.data.transactionResult;
  }
}
