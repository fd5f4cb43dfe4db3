// NestJS HttpService's axiosRef reading the app's own audit API with the same path shape: not Jumio, left as it is.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class AuditClient {
  constructor(private readonly http: HttpService) {}

  async userOf(ref: string): Promise<string> {
    const { data } = await this.http.axiosRef.get(`https://audit.internal.example/api/netverify/v2/authentications/${ref}`, {
      auth: { username: process.env.AUDIT_USER ?? '', password: process.env.AUDIT_PASS ?? '' },
    });
    return data.userReference;
  }
}
