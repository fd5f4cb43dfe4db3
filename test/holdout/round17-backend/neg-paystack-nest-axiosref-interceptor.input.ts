// Lookalike: Paystack's transaction/initialize from a NestJS service with an axiosRef request interceptor; the result
// re-exposed as redirectUrl / transactionReference (payment words).
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

interface PaystackInit {
  status: boolean;
  data: { authorization_url: string; access_code: string; reference: string };
}

@Injectable()
export class CheckoutService {
  constructor(private readonly http: HttpService) {
    this.http.axiosRef.interceptors.request.use((config) => {
      config.headers['X-Correlation-Id'] = randomUUID();
      return config;
    });
  }

  async start(email: string, amountKobo: number): Promise<{ redirectUrl: string; transactionReference: string }> {
    const { data } = await firstValueFrom(
      this.http.post<PaystackInit>(
        'https://api.paystack.co/transaction/initialize',
        { email, amount: amountKobo, callback_url: 'https://shop.acme.ng/pay/return' },
        { headers: { Authorization: `Bearer ${process.env.PAYSTACK_SECRET_KEY}` } },
      ),
    );
    return { redirectUrl: data.data.authorization_url, transactionReference: data.data.reference };
  }
}
