// NestJS (EU): HttpService.axiosRef with a generic details type; the base in a private static readonly field.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

export interface FaceLoginDetails {
  transactionReference: string;
  userReference?: string;
}

@Injectable()
export class FaceLoginLookup {
  private static readonly BASE = 'https://lon.netverify.com/api/netverify/v2/authentications';

  constructor(private readonly http: HttpService) {}

  async userOf(reference: string): Promise<string | undefined> {
    const res = await this.http.axiosRef.get<FaceLoginDetails>(`${FaceLoginLookup.BASE}/${reference}`, {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
    });
    return res.data.userReference;
  }
}
