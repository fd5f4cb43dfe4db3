// Row → record conversion shared by the SQLite and PostgreSQL stores (same column names in both).
import type { AuthenticationRecord, EnrollmentRecord, IdempotencyRecord, OutboxItem } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

const num = (v: unknown): number => (typeof v === 'string' ? Number(v) : (v as number));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

export function rowToEnrollment(r: Row): EnrollmentRecord {
  return {
    enrollmentReference: r.enrollment_reference,
    accountId: r.account_id,
    credentialId: r.credential_id ?? null,
    region: r.region,
  };
}

export function rowToAuthentication(r: Row): AuthenticationRecord {
  return {
    authenticationReference: r.authentication_reference,
    accountId: r.account_id,
    workflowExecutionId: r.workflow_execution_id,
    enrollmentReference: r.enrollment_reference,
    callbackUrl: r.callback_url ?? null,
    userReference: r.user_reference ?? null,
    region: r.region,
  };
}

export function rowToIdempotency(r: Row): IdempotencyRecord {
  return {
    key: r.key,
    fingerprint: r.fingerprint,
    state: r.state,
    status: numOrNull(r.status),
    response: r.response ?? null,
    accountId: r.account_id ?? null,
    context: r.context ?? null,
    createdAtMs: num(r.created_at_ms),
    expiresAtMs: num(r.expires_at_ms),
  };
}

export function rowToOutbox(r: Row): OutboxItem {
  return {
    id: num(r.id),
    dedupeKey: r.dedupe_key,
    targetUrl: r.target_url,
    body: r.body,
    state: r.state,
    attempts: num(r.attempts),
    nextAttemptAtMs: num(r.next_attempt_at_ms),
    lastError: r.last_error ?? null,
  };
}
