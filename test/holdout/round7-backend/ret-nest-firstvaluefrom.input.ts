import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

@Injectable()
export class FaceAuthResultService {
  constructor(private readonly http: HttpService) {}

  async isPassed(reference: string): Promise<{ passed: boolean; user?: string }> {
    const { data } = await firstValueFrom(
      this.http.get<AuthenticationDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
        auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
        headers: { Accept: 'application/json', 'User-Agent': 'Example Nest/10' },
      }),
    );
    return { passed: data.transactionResult === 'PASSED', user: data.userReference };
  }
}
