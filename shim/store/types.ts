// The shim's persistent state: which KYX account an enrollment reference belongs to, which account and
// enrollment an authentication reference belongs to, callers' idempotency records and the callback outbox.
// Two implementations (SQLite, PostgreSQL) pass one conformance suite (test/shim/store-conformance.ts).

/** Legacy enrollment (ID verification) reference → the KYX account holding its facemap. */
export interface EnrollmentRecord {
  enrollmentReference: string;
  accountId: string;
  /** The enrollment's ID credential (sent with workflow key 9); null when unknown. */
  credentialId: string | null;
  region: string;
}

/** Legacy authentication reference (= KYX workflowExecution.id) → what the callback and retrieval need. */
export interface AuthenticationRecord {
  authenticationReference: string;
  accountId: string;
  workflowExecutionId: string;
  enrollmentReference: string;
  /** The legacy callbackUrl the caller sent; the relayed legacy callback goes there. */
  callbackUrl: string | null;
  userReference: string | null;
  region: string;
}

/**
 * A caller's request, remembered so that the caller's own retry is answered from here and never re-sent.
 * pending: in flight; done: response stored; unknown: the upstream may or may not have acted (ambiguous failure).
 */
export type IdempotencyState = 'pending' | 'done' | 'unknown';

export interface IdempotencyRecord {
  key: string;
  /** Hash of the request body, to detect an Idempotency-Key reused for a different request. */
  fingerprint: string;
  state: IdempotencyState;
  /** Legacy HTTP status and JSON body to replay (state done / unknown). */
  status: number | null;
  response: string | null;
  /** The KYX account the request targeted, so a callback can settle an unknown record. */
  accountId: string | null;
  /** JSON context needed to settle an unknown record (enrollment reference, legacy callbackUrl…). */
  context: string | null;
  createdAtMs: number;
  expiresAtMs: number;
}

/** A claim still pending this long after it expired belongs to a process that died mid-request: it may be purged. */
export const PENDING_GRACE_MS = 3_600_000;

export type ClaimResult = { claimed: true } | { claimed: false; record: IdempotencyRecord };

export interface OutboxItem {
  id: number;
  dedupeKey: string;
  targetUrl: string;
  /** application/x-www-form-urlencoded legacy callback body. */
  body: string;
  state: 'pending' | 'sent' | 'dead';
  attempts: number;
  nextAttemptAtMs: number;
  lastError: string | null;
}

export interface Store {
  /** 'sqlite' or 'postgres' (for logs and metrics). */
  readonly kind: string;
  /** Apply pending migrations (idempotent; recorded in the shim_migrations table). */
  migrate(): Promise<void>;

  putEnrollment(record: EnrollmentRecord): Promise<void>;
  getEnrollment(enrollmentReference: string): Promise<EnrollmentRecord | undefined>;

  putAuthentication(record: AuthenticationRecord): Promise<void>;
  getAuthentication(authenticationReference: string): Promise<AuthenticationRecord | undefined>;

  /**
   * Atomically claim `key` (INSERT … ON CONFLICT DO NOTHING). An expired record is replaced.
   * When someone else holds it, returns their record.
   */
  claimIdempotency(
    key: string,
    fingerprint: string,
    nowMs: number,
    ttlMs: number,
    accountId: string | null,
    context: string | null,
  ): Promise<ClaimResult>;
  /** Store the outcome of a claimed request (done or unknown) — together with the authentication record it
   * created, in one transaction, when one is given. */
  completeIdempotency(key: string, state: 'done' | 'unknown', status: number, response: string,
    authentication?: AuthenticationRecord): Promise<void>;
  /** Drop a claim whose request provably created nothing upstream, so the caller may retry. */
  releaseIdempotency(key: string): Promise<void>;
  getIdempotency(key: string): Promise<IdempotencyRecord | undefined>;
  /** Unexpired records in state unknown for an account (to settle them when a callback arrives). */
  findUnknownIdempotency(accountId: string, nowMs: number): Promise<IdempotencyRecord[]>;
  /** Mark an unknown record settled with the response that is now known. */
  settleIdempotency(key: string, status: number, response: string): Promise<void>;
  /** Delete up to `limit` records that can no longer be replayed: expired ones, and claims still pending an hour
   * after they expired (their process died mid-request). Returns how many went. Without it the table only grows. */
  purgeExpiredIdempotency(nowMs: number, limit: number): Promise<number>;

  /** Enqueue a delivery; a second enqueue with the same dedupeKey is ignored. Returns whether it was new. */
  enqueueOutbox(item: { dedupeKey: string; targetUrl: string; body: string; nowMs: number }): Promise<boolean>;
  /** Lease up to `limit` due items (pending, nextAttemptAt ≤ now, lease expired) for `leaseMs`. */
  leaseOutbox(nowMs: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  markOutboxSent(id: number): Promise<void>;
  markOutboxFailed(id: number, error: string, nextAttemptAtMs: number, dead: boolean): Promise<void>;
  countOutbox(state: OutboxItem['state']): Promise<number>;

  close(): Promise<void>;
}
