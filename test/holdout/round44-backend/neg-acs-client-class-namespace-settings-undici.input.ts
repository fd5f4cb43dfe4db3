// 3-D Secure challenge for Tidewater cards: when a merchant's checkout asks for a challenge, the card API opens a
// challenge session at the issuer's access control server (CardShield) and the app shows its page. The card API's
// routes hold one ChallengeSessionClient and hand its answer to the app; this module only talks to the ACS.
//
// Endpoints and the User-Agent are the ACS settings, read as one namespace; the answer's shape is the card modules'
// shared ChallengeSessionStarted.
import { request } from 'undici';
import * as acs from './acs-settings.js';
import type { ChallengeSessionStarted } from './payment-types.js';
import { auditCardAction, type Cardholder } from './store.js';

export class ChallengeSessionError extends Error {
  constructor(readonly statusCode: number) {
    super(`challenge session initiate answered ${statusCode}`);
  }
}

export class ChallengeSessionClient {
  readonly #authorization =
    'Basic ' + Buffer.from(`${process.env.CARDSHIELD_API_KEY}:${process.env.CARDSHIELD_API_SECRET}`).toString('base64');

  constructor(private readonly appOrigin: string) {}

  /** Opens a challenge for the cardholder's purchase; the app shows the ACS page in its web view. */
  async start(cardholder: Cardholder, purchaseId: string): Promise<ChallengeSessionStarted> {
    const { statusCode, body } = await request(acs.ORIGIN + acs.CHALLENGE_INITIATE_PATH, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: this.#authorization,
        'user-agent': acs.USER_AGENT,
      },
      body: JSON.stringify({
        cardReference: cardholder.panReference,
        purchaseReference: purchaseId,
        userReference: cardholder.id,
        successUrl: `${this.appOrigin}/cards/challenge/${purchaseId}/done`,
        errorUrl: `${this.appOrigin}/cards/challenge/${purchaseId}/failed`,
        locale: 'en',
        tokenLifetimeInMinutes: acs.CHALLENGE_MINUTES,
      }),
      headersTimeout: 8_000,
      bodyTimeout: 8_000,
    });

    if (statusCode !== 200) {
      await body.dump();
      throw new ChallengeSessionError(statusCode);
    }

    const started = (await body.json()) as ChallengeSessionStarted;
    await auditCardAction(cardholder.id, '3ds.challenge.start', started.transactionReference);
    return started;
  }
}
