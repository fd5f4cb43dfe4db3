// NestJS HttpService's axiosRef destructured off the service: the same axios instance.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class FaceAuthResults {
  constructor(private readonly http: HttpService) {}

  async referenceOf(ref: string): Promise<string> {
    const { axiosRef } = this.http;
    const { data } = await axiosRef.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
      headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}` },
    });
    return data.transactionReference;
  }
}
