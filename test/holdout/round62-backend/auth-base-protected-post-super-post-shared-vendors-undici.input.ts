// Copperfield Lending (Denver): the loan-servicing API talks to its vendors through one base client. The base owns the
// transport (undici, JSON, the API user's Basic pair, error mapping); each vendor subclass names its host and its
// paths. The face login a borrower does before changing the account their payouts go to is Netverify's; the sanctions
// screening at every disbursement is ClearList's.
import { request } from 'undici';
import type { Borrower, ScreeningResult } from './db.js';

export class VendorError extends Error {
  constructor(
    readonly vendor: string,
    readonly status: number,
    body: string,
  ) {
    super(`${vendor} answered HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

abstract class BaseVendorClient {
  readonly #baseUrl: string;
  readonly #user: string;
  readonly #password: string;

  protected constructor(
    protected readonly vendor: string,
    baseUrl: string,
    user: string,
    password: string,
  ) {
    this.#baseUrl = baseUrl;
    this.#user = user;
    this.#password = password;
  }

  protected async post<T>(path: string, body: unknown): Promise<T> {
    const { statusCode, body: answer } = await request(`${this.#baseUrl}${path}`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: 'Basic ' + Buffer.from(`${this.#user}:${this.#password}`).toString('base64'),
        'user-agent': 'Copperfield-Servicing/4.7',
      },
      body: JSON.stringify(body),
    });
    if (statusCode >= 400) throw new VendorError(this.vendor, statusCode, await answer.text());
    return (await answer.json()) as T;
  }
}

interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class NetverifyAuthClient extends BaseVendorClient {
  constructor() {
    super('netverify', 'https://www.netverify.com', process.env.COPPERFIELD_NV_TOKEN ?? '', process.env.COPPERFIELD_NV_SECRET ?? '');
  }

  async initiate(borrower: Borrower, changeId: string): Promise<{ url: string; reference: string }> {
    const started = await super.post<LegacyInitiateResponse>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: borrower.originationIdCheckRef,
      userReference: borrower.loanNo,
      successUrl: `https://my.copperfieldlending.example/payout-account/${changeId}/confirmed`,
      errorUrl: `https://my.copperfieldlending.example/payout-account/${changeId}/declined`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 30,
    });
    return { url: started.redirectUrl, reference: started.transactionReference };
  }
}

export class ClearListClient extends BaseVendorClient {
  constructor() {
    super('clearlist', 'https://api.clearlist.example', process.env.CLEARLIST_API_KEY ?? '', process.env.CLEARLIST_API_SECRET ?? '');
  }

  async screen(borrower: Borrower): Promise<ScreeningResult> {
    return super.post<ScreeningResult>('/v2/screenings', {
      fullName: borrower.fullName,
      dateOfBirth: borrower.dateOfBirth,
      lists: ['OFAC-SDN', 'UN', 'EU'],
    });
  }
}
