// Payment providers of the checkout share one small JSON client: the base class owns the transport (URL resolution,
// serialisation, the Authorization header, error mapping) and each provider subclass only names its paths and its
// defaults. Przelewy24 (Polish bank transfers and BLIK) goes through the subclass at the bottom.
import { createHash } from 'node:crypto';
import { savePaymentRegistration } from './store.js';

export class ProviderHttpError extends Error {
  constructor(
    readonly provider: string,
    readonly status: number,
    readonly responseText: string,
  ) {
    super(`${provider} answered HTTP ${status}`);
  }
}

abstract class JsonApiClient {
  protected constructor(
    private readonly provider: string,
    private readonly baseUrl: string,
    private readonly authorization: string,
  ) {}

  protected async post<T>(path: string, body: unknown): Promise<T> {
    // new URL() instead of string concatenation: a base with or without a trailing slash resolves the same way.
    const url = new URL(path, this.baseUrl);
    const payload = JSON.stringify(body);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(payload)),
        Authorization: this.authorization,
        'User-Agent': 'Kaszub Checkout/3.1',
      },
      body: payload,
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) throw new ProviderHttpError(this.provider, res.status, await res.text());
    return (await res.json()) as T;
  }
}

function basicAuthorization(user: string, password: string): string {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

const P24_ORIGIN = 'https://secure.przelewy24.pl';
const MERCHANT_ID = Number(process.env.P24_MERCHANT_ID ?? 0);

// The same for every order: where the buyer comes back to, where P24 reports the status, how long the page lives.
const REGISTER_DEFAULTS = {
  currency: 'PLN',
  country: 'PL',
  language: 'pl',
  urlReturn: 'https://sklep.kaszub.example/checkout/return',
  urlStatus: 'https://api.kaszub.example/hooks/p24/status',
  timeLimit: 15,
  waitForResult: true,
};

interface RegisterResponse {
  data: { token: string };
  responseCode: number;
}

export class Przelewy24Client extends JsonApiClient {
  static readonly REGISTER_PATH = '/api/v1/transaction/register';

  constructor(posId = process.env.P24_POS_ID ?? '', apiKey = process.env.P24_API_KEY ?? '') {
    super('przelewy24', P24_ORIGIN, basicAuthorization(posId, apiKey));
  }

  async register(order: { id: string; amountGrosze: number; email: string; description: string }): Promise<{ redirectTo: string; reference: string }> {
    const sessionId = `order-${order.id}`;
    const sign = createHash('sha384')
      .update(JSON.stringify({ sessionId, merchantId: MERCHANT_ID, amount: order.amountGrosze, currency: 'PLN', crc: process.env.P24_CRC ?? '' }))
      .digest('hex');
    const registered = await this.post<RegisterResponse>(Przelewy24Client.REGISTER_PATH, {
      ...REGISTER_DEFAULTS,
      merchantId: MERCHANT_ID,
      posId: MERCHANT_ID,
      sessionId,
      amount: order.amountGrosze,
      description: order.description,
      email: order.email,
      sign,
    });
    await savePaymentRegistration(order.id, { sessionId, token: registered.data.token });
    return { redirectTo: `${P24_ORIGIN}/trnRequest/${registered.data.token}`, reference: sessionId };
  }
}
