// 3-D Secure step-up for card payments (NestJS 10, @nestjs/axios): the issuer's ACS opens a challenge session and
// answers with the page to show the cardholder.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom, map } from 'rxjs';
import { saveResult } from './store.js';

interface ChallengeSession {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface CardPayment {
  id: string;
  cardToken: string;
  amountMinor: number;
  currency: string;
}

@Injectable()
export class ChallengeService {
  private readonly host = 'https://acs.cardguard-secure.com';
  private readonly basic = Buffer.from(`${process.env.ACS_MERCHANT_ID}:${process.env.ACS_MERCHANT_KEY}`).toString('base64');

  constructor(private readonly http: HttpService) {}

  async open(payment: CardPayment): Promise<{ url: string }> {
    const body = {
      cardToken: payment.cardToken,
      amount: payment.amountMinor,
      currency: payment.currency,
      successUrl: `https://shop.acme-outdoor.com/checkout/${payment.id}/challenge-ok`,
      errorUrl: `https://shop.acme-outdoor.com/checkout/${payment.id}/challenge-failed`,
      locale: 'en',
      tokenLifetimeInMinutes: 10,
    };
    const session = await firstValueFrom(
      this.http
        .post<ChallengeSession>(`${this.host}/api/auth/v1/initiate`, body, {
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: `Basic ${this.basic}`,
          },
        })
        .pipe(map((res) => res.data)),
    );
    await saveResult(session.transactionReference, { payment: payment.id });
    return { url: session.redirectUrl };
  }
}
