// PostgreSQL store (pg): for several shim instances behind a load balancer. Same tables as SQLite.
// `?schema=name` in the URL selects (and creates) a schema, so parallel test runs never collide.
import pg from 'pg';
import type {
  AuthenticationRecord,
  ClaimResult,
  EnrollmentRecord,
  IdempotencyRecord,
  OutboxItem,
  Store,
} from './types.js';
import { rowToAuthentication, rowToEnrollment, rowToIdempotency, rowToOutbox } from './rows.js';
import { PENDING_GRACE_MS } from './types.js';

const MIGRATIONS: string[] = [
  `CREATE TABLE enrollments (
     enrollment_reference TEXT PRIMARY KEY, account_id TEXT NOT NULL, credential_id TEXT,
     region TEXT NOT NULL, created_at_ms BIGINT NOT NULL);
   CREATE TABLE authentications (
     authentication_reference TEXT PRIMARY KEY, account_id TEXT NOT NULL, workflow_execution_id TEXT NOT NULL,
     enrollment_reference TEXT NOT NULL, callback_url TEXT, user_reference TEXT, region TEXT NOT NULL,
     created_at_ms BIGINT NOT NULL);
   CREATE TABLE idempotency (
     key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, state TEXT NOT NULL, status INTEGER, response TEXT,
     account_id TEXT, context TEXT, created_at_ms BIGINT NOT NULL, expires_at_ms BIGINT NOT NULL);
   CREATE INDEX idempotency_unknown ON idempotency (account_id, state);
   CREATE TABLE outbox (
     id BIGSERIAL PRIMARY KEY, dedupe_key TEXT NOT NULL UNIQUE, target_url TEXT NOT NULL,
     body TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at_ms BIGINT NOT NULL, lease_until_ms BIGINT NOT NULL DEFAULT 0, last_error TEXT,
     created_at_ms BIGINT NOT NULL);
   CREATE INDEX outbox_due ON outbox (state, next_attempt_at_ms);`,
];

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  readonly schema: string | undefined;

  constructor(url: string, poolSize = 10) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name in store URL`);
    this.schema = schema;
    this.pool = new pg.Pool({
      connectionString: parsed.toString(),
      max: poolSize,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client erroring (server restart) must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(74201)');
      if (this.schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
        await client.query(`SET LOCAL search_path TO ${this.schema}`);
      }
      await client.query('CREATE TABLE IF NOT EXISTS shim_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const { rows } = await client.query('SELECT version FROM shim_migrations');
      const applied = new Set(rows.map((r) => Number(r.version)));
      for (let i = 0; i < MIGRATIONS.length; i++) {
        if (applied.has(i + 1)) continue;
        await client.query(MIGRATIONS[i]);
        await client.query('INSERT INTO shim_migrations (version, applied_at) VALUES ($1, $2)', [i + 1, new Date().toISOString()]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async putEnrollment(r: EnrollmentRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO enrollments (enrollment_reference, account_id, credential_id, region, created_at_ms)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (enrollment_reference) DO UPDATE SET account_id = excluded.account_id,
         credential_id = excluded.credential_id, region = excluded.region`,
      [r.enrollmentReference, r.accountId, r.credentialId, r.region, Date.now()],
    );
  }

  async getEnrollment(ref: string): Promise<EnrollmentRecord | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM enrollments WHERE enrollment_reference = $1', [ref]);
    return rows[0] ? rowToEnrollment(rows[0]) : undefined;
  }

  async putAuthentication(r: AuthenticationRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO authentications (authentication_reference, account_id, workflow_execution_id, enrollment_reference,
         callback_url, user_reference, region, created_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (authentication_reference) DO NOTHING`,
      [r.authenticationReference, r.accountId, r.workflowExecutionId, r.enrollmentReference, r.callbackUrl,
        r.userReference, r.region, Date.now()],
    );
  }

  async getAuthentication(ref: string): Promise<AuthenticationRecord | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM authentications WHERE authentication_reference = $1', [ref]);
    return rows[0] ? rowToAuthentication(rows[0]) : undefined;
  }

  async claimIdempotency(key: string, fingerprint: string, nowMs: number, ttlMs: number, accountId: string | null,
    context: string | null): Promise<ClaimResult> {
    const ins = await this.pool.query(
      `INSERT INTO idempotency (key, fingerprint, state, account_id, context, created_at_ms, expires_at_ms)
       VALUES ($1, $2, 'pending', $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, fingerprint, accountId, context, nowMs, nowMs + ttlMs],
    );
    if (ins.rowCount === 1) return { claimed: true };
    const upd = await this.pool.query(
      `UPDATE idempotency SET fingerprint = $1, state = 'pending', status = NULL, response = NULL, account_id = $2,
         context = $3, created_at_ms = $4, expires_at_ms = $5 WHERE key = $6 AND expires_at_ms <= $4 RETURNING key`,
      [fingerprint, accountId, context, nowMs, nowMs + ttlMs, key],
    );
    if (upd.rowCount === 1) return { claimed: true };
    const { rows } = await this.pool.query('SELECT * FROM idempotency WHERE key = $1', [key]);
    if (!rows[0]) return this.claimIdempotency(key, fingerprint, nowMs, ttlMs, accountId, context);
    return { claimed: false, record: rowToIdempotency(rows[0]) };
  }

  async completeIdempotency(key: string, state: 'done' | 'unknown', status: number, response: string,
    authentication?: AuthenticationRecord): Promise<void> {
    if (!authentication) {
      await this.pool.query('UPDATE idempotency SET state = $1, status = $2, response = $3 WHERE key = $4', [state, status, response, key]);
      return;
    }
    // One statement (atomic, one round trip): the authentication record and the idempotency outcome.
    const r = authentication;
    await this.pool.query(
      `WITH a AS (INSERT INTO authentications (authentication_reference, account_id, workflow_execution_id,
         enrollment_reference, callback_url, user_reference, region, created_at_ms) VALUES ($5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (authentication_reference) DO NOTHING)
       UPDATE idempotency SET state = $1, status = $2, response = $3 WHERE key = $4`,
      [state, status, response, key, r.authenticationReference, r.accountId, r.workflowExecutionId, r.enrollmentReference,
        r.callbackUrl, r.userReference, r.region, Date.now()],
    );
  }

  async releaseIdempotency(key: string): Promise<void> {
    await this.pool.query(`DELETE FROM idempotency WHERE key = $1 AND state = 'pending'`, [key]);
  }

  async purgeExpiredIdempotency(nowMs: number, limit: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM idempotency WHERE key IN (SELECT key FROM idempotency
         WHERE (state <> 'pending' AND expires_at_ms <= $1) OR expires_at_ms <= $2 LIMIT $3)`,
      [nowMs, nowMs - PENDING_GRACE_MS, limit],
    );
    return rowCount ?? 0;
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM idempotency WHERE key = $1', [key]);
    return rows[0] ? rowToIdempotency(rows[0]) : undefined;
  }

  async findUnknownIdempotency(accountId: string, nowMs: number): Promise<IdempotencyRecord[]> {
    const { rows } = await this.pool.query(
      `SELECT * FROM idempotency WHERE account_id = $1 AND state = 'unknown' AND expires_at_ms > $2 ORDER BY created_at_ms`,
      [accountId, nowMs],
    );
    return rows.map(rowToIdempotency);
  }

  async settleIdempotency(key: string, status: number, response: string): Promise<void> {
    await this.pool.query(`UPDATE idempotency SET state = 'done', status = $1, response = $2 WHERE key = $3 AND state = 'unknown'`,
      [status, response, key]);
  }

  async enqueueOutbox(item: { dedupeKey: string; targetUrl: string; body: string; nowMs: number }): Promise<boolean> {
    const res = await this.pool.query(
      `INSERT INTO outbox (dedupe_key, target_url, body, state, next_attempt_at_ms, created_at_ms)
       VALUES ($1, $2, $3, 'pending', $4, $4) ON CONFLICT (dedupe_key) DO NOTHING`,
      [item.dedupeKey, item.targetUrl, item.body, item.nowMs],
    );
    return res.rowCount === 1;
  }

  async leaseOutbox(nowMs: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    // SKIP LOCKED: several instances draining one outbox never deliver the same item twice at once.
    const { rows } = await this.pool.query(
      `UPDATE outbox SET lease_until_ms = $1 WHERE id IN (
         SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at_ms <= $2 AND lease_until_ms <= $2
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING *`,
      [nowMs + leaseMs, nowMs, limit],
    );
    return rows.map(rowToOutbox).sort((a, b) => a.id - b.id);
  }

  async markOutboxSent(id: number): Promise<void> {
    await this.pool.query(`UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL, lease_until_ms = 0 WHERE id = $1`, [id]);
  }

  async markOutboxFailed(id: number, error: string, nextAttemptAtMs: number, dead: boolean): Promise<void> {
    await this.pool.query(
      `UPDATE outbox SET state = $1, attempts = attempts + 1, last_error = $2, next_attempt_at_ms = $3, lease_until_ms = 0
       WHERE id = $4`,
      [dead ? 'dead' : 'pending', error, nextAttemptAtMs, id],
    );
  }

  async countOutbox(state: OutboxItem['state']): Promise<number> {
    const { rows } = await this.pool.query('SELECT COUNT(*)::int AS n FROM outbox WHERE state = $1', [state]);
    return Number(rows[0].n);
  }

  /** Drop the schema (tests only). */
  async dropSchema(): Promise<void> {
    if (this.schema) await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
