// Every checkout call of the shop goes through one template: PaymentGateway.send() signs the request with the
// merchant's API pair, posts what the subclass's payload() builds to the subclass's endpoint() and hands the answer
// to the subclass's toResult(). HostedCardPayment and PayByBankPayment fill the template for the payment service
// provider's hosted pages.
import { saveResult } from './store.js';

export abstract class PaymentGateway<I, O> {
  protected readonly userAgent = 'Alder Outdoor Shop/7.0';

  protected abstract endpoint(): string;
  protected abstract payload(input: I): Record<string, unknown>;
  protected abstract toResult(answer: any): O;

  /** The template method: the same signing, sending and error handling for every call. */
  async send(input: I): Promise<O> {
    const res = await fetch(this.endpoint(), {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': this.userAgent,
        Authorization: 'Basic ' + Buffer.from(`${process.env.PSP_MERCHANT_ID}:${process.env.PSP_API_KEY}`).toString('base64'),
      },
      body: JSON.stringify(this.payload(input)),
    });
    if (!res.ok) {
      throw new Error(`${this.constructor.name}: payment provider answered ${res.status}`);
    }
    return this.toResult(await res.json());
  }
}

interface CheckoutInput {
  orderId: string;
  amountMinor: number;
  currency: string;
}

export interface HostedPage {
  url: string;
  reference: string;
}

export class HostedCardPayment extends PaymentGateway<CheckoutInput, HostedPage> {
  protected endpoint(): string {
    return 'https://checkout.tillpoint-payments.example/api/v4/initiate';
  }

  protected payload(input: CheckoutInput): Record<string, unknown> {
    return {
      merchantReference: input.orderId,
      amount: { value: input.amountMinor, currency: input.currency },
      successUrl: `https://shop.alder-outdoor.example/checkout/${input.orderId}/paid`,
      errorUrl: `https://shop.alder-outdoor.example/checkout/${input.orderId}/failed`,
      callbackUrl: 'https://shop.alder-outdoor.example/hooks/payments',
      tokenLifetimeInMinutes: 15,
    };
  }

  protected toResult(answer: { redirectUrl: string; transactionReference: string }): HostedPage {
    return { url: answer.redirectUrl, reference: answer.transactionReference };
  }
}

export class PayByBankPayment extends PaymentGateway<CheckoutInput, HostedPage> {
  protected endpoint(): string {
    return 'https://checkout.tillpoint-payments.example/api/v4/initiate/open-banking';
  }

  protected payload(input: CheckoutInput): Record<string, unknown> {
    return {
      merchantReference: input.orderId,
      amount: { value: input.amountMinor, currency: input.currency },
      successUrl: `https://shop.alder-outdoor.example/checkout/${input.orderId}/paid`,
      errorUrl: `https://shop.alder-outdoor.example/checkout/${input.orderId}/failed`,
    };
  }

  protected toResult(answer: { redirectUrl: string; transactionReference: string }): HostedPage {
    return { url: answer.redirectUrl, reference: answer.transactionReference };
  }
}

const card = new HostedCardPayment();
const bank = new PayByBankPayment();

export async function beginCardCheckout(order: CheckoutInput): Promise<string> {
  const page = await card.send(order);
  await saveResult(page.reference, { orderId: order.orderId, method: 'card' });
  return page.url;
}

export async function beginBankCheckout(order: CheckoutInput): Promise<string> {
  const page = await bank.send(order);
  await saveResult(page.reference, { orderId: order.orderId, method: 'open-banking' });
  return page.url;
}
