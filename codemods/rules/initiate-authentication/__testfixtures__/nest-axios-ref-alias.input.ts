// NestJS HttpService's axiosRef held in a const of the method: the same axios instance, axios's promises.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

interface InitiateResponse {
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentRef: string, userId: string): Promise<{ url: string; ref: string }> {
    const client = this.http.axiosRef;
    const { data } = await client.post<InitiateResponse>('https://lon.netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollmentRef, userReference: userId },
      { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } });
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
