// A NestJS service whose HttpModule registration (face-login-http.module.ts) points at another vendor's API, which
// happens to take a field of the same name: not Jumio's, nothing to flag.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class PartnerKycService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentReference: string): Promise<string> {
    const { data } = await firstValueFrom(this.http.post('/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference }));
    return data.redirectUrl;
  }
}
