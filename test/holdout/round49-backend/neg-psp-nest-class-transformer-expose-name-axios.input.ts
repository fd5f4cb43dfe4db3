// Kempen & Duin Bank (NL): topping up the prepaid travel card by card payment on Tulp Pay's hosted checkout. NestJS
// service on axios. Answers of outside parties become domain objects with class-transformer before anything else
// touches them: the API layer only ever sees HostedCheckoutStart.
import { Injectable, Logger } from '@nestjs/common';
import axios from 'axios';
import { Expose, Type, plainToInstance } from 'class-transformer';
import { recordTopUpCheckout, type TopUpOrder } from './store.js';

const TULPPAY = 'https://api.tulppay.example';
/** Must match the lifetime sent with the checkout (the app shows a countdown). */
const CHECKOUT_MINUTES = 15;

/** A hosted checkout, in the bank's names. */
export class HostedCheckoutStart {
  @Expose({ name: 'redirectUrl' })
  readonly checkoutUrl!: string;

  @Expose({ name: 'transactionReference' })
  readonly paymentReference!: string;

  @Expose({ name: 'timestamp' })
  @Type(() => Date)
  readonly createdAt!: Date;

  expiresAt(minutes: number): Date {
    return new Date(this.createdAt.getTime() + minutes * 60_000);
  }
}

@Injectable()
export class TravelCardTopUpService {
  private readonly logger = new Logger(TravelCardTopUpService.name);

  async start(order: TopUpOrder): Promise<{ checkout: HostedCheckoutStart; expiresAt: Date }> {
    const { data } = await axios.post(
      `${TULPPAY}/v1/hosted-checkouts/initiate`,
      {
        merchantReference: order.id,
        amount: order.amountCents,
        currency: 'EUR',
        userReference: order.customerNo,
        successUrl: `https://mijn.kempenduin.example/reiskaart/opwaarderen/${order.id}/betaald`,
        errorUrl: `https://mijn.kempenduin.example/reiskaart/opwaarderen/${order.id}/mislukt`,
        locale: 'nl',
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.TULPPAY_MERCHANT_ID ?? '', password: process.env.TULPPAY_API_KEY ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'KempenDuin-Reiskaart/8.2' },
        timeout: 10_000,
      },
    );

    const checkout = plainToInstance(HostedCheckoutStart, data, { excludeExtraneousValues: true });
    await recordTopUpCheckout(order.id, checkout.paymentReference, checkout.createdAt);
    this.logger.log(`checkout ${checkout.paymentReference} started for top-up ${order.id}`);
    return { checkout, expiresAt: checkout.expiresAt(CHECKOUT_MINUTES) };
  }
}
