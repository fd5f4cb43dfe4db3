// NestJS services whose HttpService gets the legacy base URL and Basic credentials from the module's HttpModule
// registration (face-login-http.module.ts): the call spells only a relative path. Not migrated (the module's auth
// would still be sent, and it serves every call of the module): flagged, naming the registration.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentReference: string, userId: string): Promise<{ url: string; reference: string }> {
    const { data } = await firstValueFrom(
      // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: this NestJS HttpService call sends a relative path; its base URL and the legacy Basic credentials come from HttpModule.register in ./face-login-http.module.js (line 12), the module that provides FaceLoginService: it POSTs https://netverify.com/api/authentication/v1/web/initiate. The codemod does not migrate a call whose defaults are set at module registration (they serve every HttpService call of the module, and axios sends the module's auth instead of any Authorization header): migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an absolute URL, an OAuth2 bearer token and auth: null in its config, or register a KYX HttpModule for it (see MIGRATION.md)
      this.http.post<InitiateResponse>('/authentication/v1/web/initiate', {
        enrollmentTransactionReference: enrollmentReference,
        userReference: userId,
        successUrl: 'https://example.com/login/done',
      }),
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}

@Injectable()
export class FaceLoginAsyncService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: this NestJS HttpService call sends a relative path; its base URL comes from HttpModule.registerAsync in ./face-login-http.module.js (line 24), the module that provides FaceLoginAsyncService, and is a value the codemod cannot read; the call sends a legacy authentication body to a legacy initiate path. The codemod does not migrate a call whose defaults are set at module registration (they serve every HttpService call of the module, and axios sends the module's auth instead of any Authorization header): migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an absolute URL, an OAuth2 bearer token and auth: null in its config, or register a KYX HttpModule for it (see MIGRATION.md)
    const res = await this.http.axiosRef.post<InitiateResponse>('authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference });
    return res.data.redirectUrl;
  }
}
