// Face login for the Singapore tenant (NestJS 10, @nestjs/axios): the service keeps the data-centre host and the
// Basic credentials in private fields and awaits the observable with firstValueFrom.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom, map } from 'rxjs';
import { saveFaceLogin } from './store.js';

interface StartedFaceLogin {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface SgMember {
  id: string;
  enrollmentRef: string;
}

@Injectable()
export class SgFaceLoginService {
  private readonly host = 'https://core-sgp.jumio.com';
  private readonly basic = Buffer.from(`${process.env.JUMIO_SG_API_TOKEN}:${process.env.JUMIO_SG_API_SECRET}`).toString('base64');

  constructor(private readonly http: HttpService) {}

  async start(member: SgMember): Promise<{ url: string }> {
    const body = {
      enrollmentTransactionReference: member.enrollmentRef,
      userReference: member.id,
      successUrl: 'https://app.acme-wallet.sg/login/face/ok',
      errorUrl: 'https://app.acme-wallet.sg/login/face/retry',
      locale: 'en',
      tokenLifetimeInMinutes: 10,
    };
    const session = await firstValueFrom(
      this.http
        .post<StartedFaceLogin>(`${this.host}/api/auth/v1/initiate`, body, {
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            'User-Agent': 'Acme Wallet SG/5.1',
            Authorization: `Basic ${this.basic}`,
          },
        })
        .pipe(map((res) => res.data)),
    );
    await saveFaceLogin(member.id, session.transactionReference);
    return { url: session.redirectUrl };
  }
}
