// The same axiosRef-in-a-const shape calling the app's own login API: not Jumio, left as it is.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class SsoService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentRef: string, userId: string) {
    const client = this.http.axiosRef;
    const { data } = await client.post('https://sso.example.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollmentRef, userReference: userId },
      { auth: { username: process.env.SSO_USER ?? '', password: process.env.SSO_PASS ?? '' } });
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
