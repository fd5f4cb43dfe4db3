// NestJS HttpService's axiosRef calling the app's own identity service: not Jumio, left as it is.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class StepUpService {
  constructor(private readonly http: HttpService) {}

  async start(userId: string): Promise<{ url: string; reference: string }> {
    const res = await this.http.axiosRef.post('https://idp.internal.example/api/authentication/v1/web/initiate',
      { userReference: userId },
      { auth: { username: process.env.IDP_CLIENT ?? '', password: process.env.IDP_SECRET ?? '' } });
    return { url: res.data.redirectUrl, reference: res.data.transactionReference };
  }
}
