// NestJS HttpService's axiosRef: the axios instance it wraps, called directly (promises, not Observables).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

interface StartResponse {
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class FaceAuthService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentRef: string, userId: string): Promise<{ url: string; reference: string }> {
    const res = await this.http.axiosRef.post<StartResponse>(
      'https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollmentRef, userReference: userId },
      { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
    );
    return { url: res.data.redirectUrl, reference: res.data.transactionReference };
  }
}
