import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class VerificationService {
  private readonly baseUrl = 'https://netverify.com/api/v4';

  constructor(private readonly httpService: HttpService) {}

  async startKYCVerification(userId: string, successUrl?: string) {
    const payload = {
      customerInternalReference: userId,
      ...(successUrl ? { successUrl } : {}),
    };
    const { data } = await firstValueFrom(
      this.httpService.post<{ redirectUrl: string; transactionReference: string }>(`${this.baseUrl}/initiate`, payload, {
        auth: { username: 'tok', password: 'sec' },
      }),
    );
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
