import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { catchError, lastValueFrom, map, timeout } from 'rxjs';

interface PaygateInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class PaygateService {
  constructor(private readonly http: HttpService) {}

  async startCheckout(orderId: string, amount: number): Promise<{ url: string; ref: string }> {
    const body = { merchantReference: orderId, amount, tokenLifetimeInMinutes: 30 };
    const data = await lastValueFrom(
      this.http
        .post<PaygateInitiateResponse>('https://api.paygate.example/api/v4/initiate', body, {
          auth: { username: process.env.PAYGATE_KEY!, password: process.env.PAYGATE_SECRET! },
        })
        .pipe(map((r) => r.data), timeout(10_000), catchError((e) => { throw new Error(`PayGate: ${e.message}`); })),
    );
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
