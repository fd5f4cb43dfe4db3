// Lumina Securities order service: card top-up of a trading account through Straits Pay's hosted checkout.
// Same fp-ts / io-ts rule as everywhere in the order service: every payload that crosses the process boundary is
// decoded by a codec and reported with PathReporter when it does not match — never cast.
import got from 'got';
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { loadTrader, rememberCheckout } from './store.js';

const STRAITS_PAY_CHECKOUT = 'https://api.straitspay.example/v2/hosted-checkout/initiate';
const TRADE_APP = 'https://trade.lumina.example';

const CheckoutStartedC = t.type({
  timestamp: t.string,
  redirectUrl: t.string,
  transactionReference: t.string,
});

export class TopUpUnavailable extends Error {
  constructor(readonly detail: string) {
    super(`card top-up unavailable: ${detail}`);
  }
}

export async function beginCardTopUp(traderId: string, amountCents: number, locale: 'en' | 'zh-CN'): Promise<{ url: string; reference: string }> {
  const trader = await loadTrader(traderId);
  const orderId = `TOPUP-${trader.id}-${Date.now()}`;

  const raw = await got
    .post(STRAITS_PAY_CHECKOUT, {
      json: {
        merchantOrderReference: orderId,
        userReference: trader.id,
        amount: { value: amountCents, currency: 'SGD' },
        successUrl: `${TRADE_APP}/top-up/complete`,
        errorUrl: `${TRADE_APP}/top-up/error`,
        callbackUrl: `${TRADE_APP}/hooks/straitspay`,
        locale,
        tokenLifetimeInMinutes: 20,
      },
      username: process.env.STRAITS_PAY_MERCHANT_ID,
      password: process.env.STRAITS_PAY_API_KEY,
      headers: { Accept: 'application/json', 'User-Agent': 'Lumina-Trade/12.4' },
    })
    .json<unknown>();

  const decoded = CheckoutStartedC.decode(raw);
  if (isLeft(decoded)) {
    throw new TopUpUnavailable(PathReporter.report(decoded).join('; '));
  }

  const { redirectUrl, transactionReference, timestamp } = decoded.right;
  await rememberCheckout(orderId, transactionReference, timestamp);
  return { url: redirectUrl, reference: transactionReference };
}
