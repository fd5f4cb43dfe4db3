// NestJS 10 service: face login against the data centre the injected config namespace names (jumio.config.ts).
import { Inject, Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import type { ConfigType } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';
import jumioConfig from './jumio.config.js';

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class FaceLoginService {
  constructor(
    private readonly http: HttpService,
    @Inject(jumioConfig.KEY) private readonly jumio: ConfigType<typeof jumioConfig>,
  ) {}

  async start(enrollmentReference: string, customerId: string): Promise<{ url: string; reference: string }> {
    const { data } = await firstValueFrom(
      this.http.post<InitiateResponse>(
        `${this.jumio.baseUrl}/api/authentication/v1/web/initiate`,
        {
          enrollmentTransactionReference: enrollmentReference,
          userReference: customerId,
          locale: 'de-AT',
          tokenLifetimeInMinutes: 30,
        },
        {
          auth: { username: this.jumio.apiToken, password: this.jumio.apiSecret },
          headers: { 'User-Agent': this.jumio.userAgent },
        },
      ),
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
