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
    const res = await this.http.axiosRef.post<InitiateResponse>('authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference });
    return res.data.redirectUrl;
  }
}
