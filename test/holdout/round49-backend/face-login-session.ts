// The face-login session model shared by the step-up routes, the callback worker and the nightly reconciliation of
// Summit Ridge Investments (a stand-in for the customer's own module; never an input). It wraps the vendor's answer
// exactly as it was received, so reconciliation can compare it with the vendor's reports.
export interface NetverifyStartAnswer {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceLoginSession {
  readonly #raw: NetverifyStartAnswer;
  readonly #receivedAt: Date;

  private constructor(raw: NetverifyStartAnswer, receivedAt: Date) {
    this.#raw = raw;
    this.#receivedAt = receivedAt;
    Object.freeze(this);
  }

  static fromNetverify(raw: NetverifyStartAnswer): FaceLoginSession {
    if (typeof raw?.redirectUrl !== 'string' || typeof raw?.transactionReference !== 'string') {
      throw new TypeError('not a face-login answer');
    }
    return new FaceLoginSession(raw, new Date());
  }

  get redirectUrl(): string {
    return this.#raw.redirectUrl;
  }

  get transactionReference(): string {
    return this.#raw.transactionReference;
  }

  get startedAt(): Date {
    return new Date(this.#raw.timestamp);
  }

  toJSON() {
    return {
      redirectUrl: this.redirectUrl,
      transactionReference: this.transactionReference,
      startedAt: this.startedAt.toISOString(),
      receivedAt: this.#receivedAt.toISOString(),
    };
  }
}
