// Face login at the branch counters (SG tenant). The counter API's routes (routes/counter-face-login.ts) hold one
// CounterFaceLoginClient and hand its answer to the counter tablet; this module only talks to the vendor.
//
// Endpoints and the User-Agent are the counter network's Netverify settings, read as one namespace; the answer's shape
// is the identity package's shared FaceLoginStarted.
import { request } from 'undici';
import * as netverify from './netverify-settings.js';
import type { FaceLoginStarted } from './identity-types.js';
import { auditCounterAction, type CounterCustomer } from './store.js';

export class CounterFaceLoginError extends Error {
  constructor(readonly statusCode: number) {
    super(`face login initiate answered ${statusCode}`);
  }
}

export class CounterFaceLoginClient {
  readonly #authorization =
    'Basic ' + Buffer.from(`${process.env.COUNTER_JUMIO_TOKEN}:${process.env.COUNTER_JUMIO_SECRET}`).toString('base64');

  constructor(private readonly tabletOrigin: string) {}

  /** Starts a face login for the customer standing at `counterId`; the link is shown on that counter's tablet. */
  async start(customer: CounterCustomer, counterId: string): Promise<FaceLoginStarted> {
    const { statusCode, body } = await request(netverify.SGP_ORIGIN + netverify.AUTH_INITIATE_PATH, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: this.#authorization,
        'user-agent': netverify.USER_AGENT,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: customer.jumioEnrolment,
        userReference: customer.id,
        successUrl: `${this.tabletOrigin}/counter/${counterId}/face-login/done`,
        errorUrl: `${this.tabletOrigin}/counter/${counterId}/face-login/retry`,
        locale: customer.locale ?? 'en',
        tokenLifetimeInMinutes: netverify.COUNTER_LINK_MINUTES,
      }),
      headersTimeout: 8_000,
      bodyTimeout: 8_000,
    });

    if (statusCode !== 200) {
      await body.dump();
      throw new CounterFaceLoginError(statusCode);
    }

    const started = (await body.json()) as FaceLoginStarted;
    await auditCounterAction(counterId, 'face-login.start', started.transactionReference);
    return started;
  }
}
