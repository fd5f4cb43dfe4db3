import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { lastValueFrom, map } from 'rxjs';

interface InitializeResponse {
  status: boolean;
  data: { authorization_url: string; reference: string; transactionReference?: string };
}

@Injectable()
export class CheckoutService {
  constructor(private readonly http: HttpService) {}

  async initiate(orderId: string, amountKobo: number, email: string) {
    const result = await lastValueFrom(
      this.http
        .post<InitializeResponse>(
          'https://api.paystack.co/transaction/initialize',
          { email, amount: amountKobo, reference: orderId, callback_url: 'https://shop.example/pay/return' },
          { headers: { Authorization: `Bearer ${process.env.PAYSTACK_SECRET}` } },
        )
        .pipe(map((res) => res.data)),
    );
    return { redirectUrl: result.data.authorization_url, transactionReference: result.data.reference };
  }
}
