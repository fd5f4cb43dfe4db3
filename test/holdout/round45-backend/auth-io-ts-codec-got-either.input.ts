// Lumina Securities order service: face login before a trader's first order of the day (SG data centre).
// The order service runs on fp-ts / io-ts: every payload that crosses the process boundary is decoded by a codec and
// reported with PathReporter when it does not match — never cast.
import got from 'got';
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { loadTrader, rememberFaceLogin } from './store.js';

const NETVERIFY_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const TRADE_APP = 'https://trade.lumina.example';

const FaceLoginStartedC = t.type({
  timestamp: t.string,
  redirectUrl: t.string,
  transactionReference: t.string,
});

export class FaceLoginUnavailable extends Error {
  constructor(readonly detail: string) {
    super(`face login unavailable: ${detail}`);
  }
}

export async function beginTraderFaceLogin(traderId: string, locale: 'en' | 'zh-CN'): Promise<{ url: string; reference: string }> {
  const trader = await loadTrader(traderId);

  const raw = await got
    .post(NETVERIFY_SG_INITIATE, {
      json: {
        enrollmentTransactionReference: trader.enrolmentReference,
        userReference: trader.id,
        successUrl: `${TRADE_APP}/face-login/complete`,
        errorUrl: `${TRADE_APP}/face-login/error`,
        locale,
        tokenLifetimeInMinutes: 20,
      },
      username: process.env.NETVERIFY_SG_TOKEN,
      password: process.env.NETVERIFY_SG_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'Lumina-Trade/12.4' },
    })
    .json<unknown>();

  const decoded = FaceLoginStartedC.decode(raw);
  if (isLeft(decoded)) {
    throw new FaceLoginUnavailable(PathReporter.report(decoded).join('; '));
  }

  const { redirectUrl, transactionReference, timestamp } = decoded.right;
  await rememberFaceLogin(trader.id, transactionReference, timestamp);
  return { url: redirectUrl, reference: transactionReference };
}
