// NestJS HttpService's axiosRef kept in a field from the constructor's parameter: the same axios instance.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

interface AuthenticationDetails {
  transactionReference: string;
  userReference: string;
}

@Injectable()
export class FaceAuthResults {
  private readonly api: HttpService['axiosRef'];

  constructor(http: HttpService) {
    this.api = http.axiosRef;
  }

  async userOf(ref: string): Promise<string> {
    const res = await this.api.get<AuthenticationDetails>(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
      auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
    });
    return res.data.userReference;
  }
}
