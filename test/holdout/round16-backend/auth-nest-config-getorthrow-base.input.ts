// NestJS (AI-style): the Jumio base URL comes from ConfigService.getOrThrow, set per deployment with no default;
// HttpService through firstValueFrom.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class FaceAuthService {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async initiate(enrollmentReference: string, userId: string): Promise<{ url: string; reference: string }> {
    const base = this.config.getOrThrow<string>('JUMIO_BASE_URL');
    const { data } = await firstValueFrom(
      this.http.post<{ redirectUrl: string; transactionReference: string }>(
        `${base}/api/authentication/v1/web/initiate`,
        { enrollmentTransactionReference: enrollmentReference, userReference: userId, callbackUrl: 'https://api.acme.example/hooks/face' },
        { auth: { username: this.config.getOrThrow<string>('JUMIO_API_TOKEN'), password: this.config.getOrThrow<string>('JUMIO_API_SECRET') } },
      ),
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
