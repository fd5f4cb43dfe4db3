// Face login of the banking API (NestJS 10, @nestjs/axios). The service talks to Jumio through the HttpService's
// underlying axios instance; the controller (another module) hands over the member and answers with what start()
// returns. The member's language is sent only when the profile has one.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { saveFaceLogin } from './store.js';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface Member {
  id: string;
  enrollmentRef: string;
  locale?: string;
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async start(member: Member): Promise<{ url: string }> {
    const body = {
      enrollmentTransactionReference: member.enrollmentRef,
      userReference: member.id,
      successUrl: 'https://bank.acme.eu/face-login/complete',
      errorUrl: 'https://bank.acme.eu/face-login/failed',
      tokenLifetimeInMinutes: 15,
      ...(member.locale ? { locale: member.locale } : {}),
    };
    const { data } = await this.http.axiosRef.post<FaceLoginStart>(
      'https://lon.netverify.com/api/authentication/v1/web/initiate',
      body,
      {
        auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'Acme Bank EU/5.2' },
        timeout: 10_000,
      },
    );
    await saveFaceLogin(member.id, data.transactionReference);
    return { url: data.redirectUrl };
  }
}
