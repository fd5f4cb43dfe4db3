// NestJS HttpService's axiosRef: the axios instance it wraps, called directly (promises, not Observables).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

interface AuthenticationDetails {
  transactionReference: string;
  userReference: string;
}

@Injectable()
export class FaceAuthResults {
  constructor(private readonly http: HttpService) {}

  async userOf(ref: string): Promise<string> {
    const { data } = await this.http.axiosRef.get<AuthenticationDetails>(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
      auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
    });
    return data.userReference;
  }
}
