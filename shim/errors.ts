// Legacy-shaped errors. The legacy API documented no error schema ("relevant HTTP status code plus information
// about the cause"), so the shim answers `{ httpStatus, message, field? }` as JSON: status + a message naming the field.

export interface LegacyErrorBody {
  httpStatus: number;
  message: string;
  /** The legacy field at fault, when one is. */
  field?: string;
}

export class LegacyApiError extends Error {
  readonly status: number;
  readonly field: string | undefined;
  /** Seconds, for 429/503/409 answers. */
  readonly retryAfter: number | undefined;

  constructor(status: number, message: string, opts: { field?: string; retryAfter?: number } = {}) {
    super(message);
    this.name = 'LegacyApiError';
    this.status = status;
    this.field = opts.field;
    this.retryAfter = opts.retryAfter;
  }

  get body(): LegacyErrorBody {
    return { httpStatus: this.status, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }

  static fromBody(status: number, body: LegacyErrorBody, retryAfter?: number): LegacyApiError {
    return new LegacyApiError(status, body.message, { field: body.field, retryAfter });
  }
}

export function isLegacyApiError(err: unknown): err is LegacyApiError {
  return err instanceof LegacyApiError;
}
