import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

// NestJS: HttpService wrapped in firstValueFrom, an `as {…}` cast on the response data.
@Injectable()
export class KycService {
  constructor(private readonly http: HttpService) {}

  async startVerification(userId: string) {
    const response = await firstValueFrom(
      this.http.post(
        'https://lon.netverify.com/api/v4/initiate',
        { customerInternalReference: `kyc-${userId}`, userReference: userId, workflowId: 200 },
        { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' }, headers: { 'User-Agent': 'Nest KYC/1.0' } },
      ),
    );
    const data = response.data as { redirectUrl: string; transactionReference: string };
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
