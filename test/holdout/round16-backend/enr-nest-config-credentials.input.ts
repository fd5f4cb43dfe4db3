// NestJS (US): ConfigService supplies only the credentials; HttpService through firstValueFrom; workflowId 200 with
// a three-day token.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

interface InitiateV4Response {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class OnboardingService {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async startVerification(customerId: string): Promise<{ link: string; scanRef: string }> {
    const { data } = await firstValueFrom(
      this.http.post<InitiateV4Response>(
        'https://netverify.com/api/v4/initiate',
        { customerInternalReference: customerId, userReference: customerId, workflowId: 200, tokenLifetimeInMinutes: 4320 },
        { auth: { username: this.config.getOrThrow<string>('jumio.token'), password: this.config.getOrThrow<string>('jumio.secret') } },
      ),
    );
    return { link: data.redirectUrl, scanRef: data.transactionReference };
  }
}
