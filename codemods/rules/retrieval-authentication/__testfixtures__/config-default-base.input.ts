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
    const res = await firstValueFrom(this.http.get(`${base}/api/netverify/v2/authentications/${reference}`));
    return res.data.transactionResult;
  }
}
