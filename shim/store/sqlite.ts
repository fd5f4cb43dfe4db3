// SQLite store (better-sqlite3): one file, WAL, migrations recorded in shim_migrations.
// better-sqlite3 is synchronous; each call is short, so the async interface just wraps it.
import Database from 'better-sqlite3';
import type {
  AuthenticationRecord,
  ClaimResult,
  EnrollmentRecord,
  IdempotencyRecord,
  OutboxItem,
  Store,
} from './types.js';
import { rowToAuthentication, rowToEnrollment, rowToIdempotency, rowToOutbox, type Row } from './rows.js';
import { WalCheckpointer } from './sqlite-checkpointer.js';
import { GroupCommit } from './sqlite-group-commit.js';
import { PENDING_GRACE_MS } from './types.js';

export interface SqliteStoreOptions {
  /** Checkpoint the WAL in a worker thread instead of inside a commit on the request path (default true). */
  backgroundCheckpoint?: boolean;
  /** Commit the idempotency writes queued in one event-loop turn together (default true; see sqlite-group-commit.ts). */
  groupCommit?: boolean;
  /** 'normal' (default): a commit is a WAL append, fsynced by the next checkpoint (≤ ~100 ms) — survives a process
   *  crash, not a power loss inside that window. 'full': every commit fsyncs the WAL (docs/shim.md, "Store"). */
  synchronous?: 'normal' | 'full';
}

const MIGRATIONS: string[] = [
  `CREATE TABLE enrollments (
     enrollment_reference TEXT PRIMARY KEY, account_id TEXT NOT NULL, credential_id TEXT,
     region TEXT NOT NULL, created_at_ms INTEGER NOT NULL);
   CREATE TABLE authentications (
     authentication_reference TEXT PRIMARY KEY, account_id TEXT NOT NULL, workflow_execution_id TEXT NOT NULL,
     enrollment_reference TEXT NOT NULL, callback_url TEXT, user_reference TEXT, region TEXT NOT NULL,
     created_at_ms INTEGER NOT NULL);
   CREATE TABLE idempotency (
     key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, state TEXT NOT NULL, status INTEGER, response TEXT,
     account_id TEXT, context TEXT, created_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL);
   CREATE INDEX idempotency_unknown ON idempotency (account_id, state);
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT, dedupe_key TEXT NOT NULL UNIQUE, target_url TEXT NOT NULL,
     body TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at_ms INTEGER NOT NULL, lease_until_ms INTEGER NOT NULL DEFAULT 0, last_error TEXT,
     created_at_ms INTEGER NOT NULL);
   CREATE INDEX outbox_due ON outbox (state, next_attempt_at_ms);`,
  // Only 'unknown' outcomes are ever looked up by account: a partial index keeps the pending → done updates of
  // every initiate out of the index (fewer pages written per commit).
  `DROP INDEX idempotency_unknown;
   CREATE INDEX idempotency_unknown ON idempotency (account_id) WHERE state = 'unknown';`,
];

const AUTH_CACHE_SIZE = 10_000;

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly checkpointer?: WalCheckpointer;
  /** Undefined when group commit is off: every write is then its own transaction. */
  readonly group?: GroupCommit;

  /** Prepared statements are cached: preparing costs more than running these small queries. */
  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  constructor(file: string, opts: SqliteStoreOptions = {}) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma(`synchronous = ${opts.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    if (opts.groupCommit ?? true) this.group = new GroupCommit(this.db);
    if ((opts.backgroundCheckpoint ?? true) && !this.db.memory) {
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new WalCheckpointer(file);
      // No worker, no checkpoints: fall back to SQLite's automatic ones rather than let the WAL grow.
      this.checkpointer.ready.catch(() => {
        if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
      });
    }
  }

  async migrate(): Promise<void> {
    this.db.exec('CREATE TABLE IF NOT EXISTS shim_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set(
      (this.db.prepare('SELECT version FROM shim_migrations').all() as { version: number }[]).map((r) => r.version),
    );
    MIGRATIONS.forEach((sql, i) => {
      const version = i + 1;
      if (applied.has(version)) return;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.prepare('INSERT INTO shim_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
      })();
    });
  }

  async putEnrollment(r: EnrollmentRecord): Promise<void> {
    this
      .prepare(
        `INSERT INTO enrollments (enrollment_reference, account_id, credential_id, region, created_at_ms)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (enrollment_reference) DO UPDATE SET account_id = excluded.account_id,
           credential_id = excluded.credential_id, region = excluded.region`,
      )
      .run(r.enrollmentReference, r.accountId, r.credentialId, r.region, Date.now());
  }

  getEnrollment(ref: string): Promise<EnrollmentRecord | undefined> {
    const read = (): EnrollmentRecord | undefined => {
      const row = this.prepare('SELECT * FROM enrollments WHERE enrollment_reference = ?').get(ref) as Row | undefined;
      return row ? rowToEnrollment(row) : undefined;
    };
    // A read on its own is a WAL read transaction (lock syscalls on the WAL index, ~15 µs under load). When a
    // batch is about to commit anyway, read inside it: same answer (it sees every committed write and those
    // queued before it), no transaction of its own.
    if (this.group?.pending) return this.group.run(read);
    try {
      return Promise.resolve(read());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  async putAuthentication(r: AuthenticationRecord): Promise<void> {
    this.insertAuthentication(r);
  }

  private insertAuthentication(r: AuthenticationRecord): void {
    this
      .prepare(
        `INSERT INTO authentications (authentication_reference, account_id, workflow_execution_id, enrollment_reference,
           callback_url, user_reference, region, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (authentication_reference) DO NOTHING`,
      )
      .run(r.authenticationReference, r.accountId, r.workflowExecutionId, r.enrollmentReference, r.callbackUrl,
        r.userReference, r.region, Date.now());
  }

  /** Authentication records are insert-only (ON CONFLICT DO NOTHING, never updated or deleted), so a record read
   *  once is final: retrievals of a known reference skip SQLite. Misses are not cached (another process may insert). */
  private readonly authCache = new Map<string, AuthenticationRecord>();

  async getAuthentication(ref: string): Promise<AuthenticationRecord | undefined> {
    const hit = this.authCache.get(ref);
    if (hit) return { ...hit };
    const row = this.prepare('SELECT * FROM authentications WHERE authentication_reference = ?').get(ref) as Row | undefined;
    if (!row) return undefined;
    const rec = rowToAuthentication(row);
    if (this.authCache.size >= AUTH_CACHE_SIZE) this.authCache.delete(this.authCache.keys().next().value as string);
    this.authCache.set(ref, rec);
    return { ...rec };
  }

  /** Claim: insert, or take over an expired record, or return the holder's record — one atomic step. */
  private claimNow(key: string, fingerprint: string, nowMs: number, ttlMs: number, accountId: string | null,
    context: string | null): ClaimResult {
    const ins = this
      .prepare(
        `INSERT INTO idempotency (key, fingerprint, state, account_id, context, created_at_ms, expires_at_ms)
         VALUES (?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
      )
      .run(key, fingerprint, accountId, context, nowMs, nowMs + ttlMs);
    if (ins.changes === 1) return { claimed: true };
    const upd = this
      .prepare(
        `UPDATE idempotency SET fingerprint = ?, state = 'pending', status = NULL, response = NULL, account_id = ?,
           context = ?, created_at_ms = ?, expires_at_ms = ? WHERE key = ? AND expires_at_ms <= ?`,
      )
      .run(fingerprint, accountId, context, nowMs, nowMs + ttlMs, key, nowMs);
    if (upd.changes === 1) return { claimed: true };
    const row = this.prepare('SELECT * FROM idempotency WHERE key = ?').get(key) as Row;
    return { claimed: false, record: rowToIdempotency(row) };
  }

  /** Run a write: through the group commit (resolves after its batch committed), or alone in its own transaction. */
  private write<T>(fn: () => T): Promise<T> {
    if (this.group) return this.group.run(fn);
    try {
      return Promise.resolve(this.db.transaction(fn).immediate());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  // The claim is committed before the promise resolves, i.e. before the caller can send the PUT.
  claimIdempotency(key: string, fingerprint: string, nowMs: number, ttlMs: number, accountId: string | null,
    context: string | null): Promise<ClaimResult> {
    return this.write(() => this.claimNow(key, fingerprint, nowMs, ttlMs, accountId, context));
  }

  completeIdempotency(key: string, state: 'done' | 'unknown', status: number, response: string,
    authentication?: AuthenticationRecord): Promise<void> {
    // One commit for both writes (and, grouped, for the other requests' writes of the same turn).
    return this.write(() => {
      if (authentication) this.insertAuthentication(authentication);
      this.prepare('UPDATE idempotency SET state = ?, status = ?, response = ? WHERE key = ?').run(state, status, response, key);
    });
  }

  releaseIdempotency(key: string): Promise<void> {
    return this.write(() => {
      this.prepare(`DELETE FROM idempotency WHERE key = ? AND state = 'pending'`).run(key);
    });
  }

  purgeExpiredIdempotency(nowMs: number, limit: number): Promise<number> {
    // No index on expires_at_ms on purpose: it would cost a page write on every initiate; this scan runs rarely.
    return this.write(() => this.prepare(
      `DELETE FROM idempotency WHERE rowid IN (SELECT rowid FROM idempotency
         WHERE (state <> 'pending' AND expires_at_ms <= ?) OR expires_at_ms <= ? LIMIT ?)`,
    ).run(nowMs, nowMs - PENDING_GRACE_MS, limit).changes);
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | undefined> {
    const row = this.prepare('SELECT * FROM idempotency WHERE key = ?').get(key) as Row | undefined;
    return row ? rowToIdempotency(row) : undefined;
  }

  async findUnknownIdempotency(accountId: string, nowMs: number): Promise<IdempotencyRecord[]> {
    const rows = this
      .prepare(`SELECT * FROM idempotency WHERE account_id = ? AND state = 'unknown' AND expires_at_ms > ? ORDER BY created_at_ms`)
      .all(accountId, nowMs) as Row[];
    return rows.map(rowToIdempotency);
  }

  settleIdempotency(key: string, status: number, response: string): Promise<void> {
    return this.write(() => {
      this.prepare(`UPDATE idempotency SET state = 'done', status = ?, response = ? WHERE key = ? AND state = 'unknown'`)
        .run(status, response, key);
    });
  }

  async enqueueOutbox(item: { dedupeKey: string; targetUrl: string; body: string; nowMs: number }): Promise<boolean> {
    const res = this
      .prepare(
        `INSERT INTO outbox (dedupe_key, target_url, body, state, next_attempt_at_ms, created_at_ms)
         VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
      )
      .run(item.dedupeKey, item.targetUrl, item.body, item.nowMs, item.nowMs);
    return res.changes === 1;
  }

  async leaseOutbox(nowMs: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    return this.db.transaction((): OutboxItem[] => {
      const rows = this
      .prepare(
          `SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at_ms <= ? AND lease_until_ms <= ?
           ORDER BY id LIMIT ?`,
        )
        .all(nowMs, nowMs, limit) as Row[];
      const lease = this.prepare('UPDATE outbox SET lease_until_ms = ? WHERE id = ?');
      for (const row of rows) lease.run(nowMs + leaseMs, row.id);
      return rows.map(rowToOutbox);
    }).immediate();
  }

  async markOutboxSent(id: number): Promise<void> {
    this.prepare(`UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL, lease_until_ms = 0 WHERE id = ?`).run(id);
  }

  async markOutboxFailed(id: number, error: string, nextAttemptAtMs: number, dead: boolean): Promise<void> {
    this
      .prepare(
        `UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at_ms = ?, lease_until_ms = 0
         WHERE id = ?`,
      )
      .run(dead ? 'dead' : 'pending', error, nextAttemptAtMs, id);
  }

  async countOutbox(state: OutboxItem['state']): Promise<number> {
    return (this.prepare('SELECT COUNT(*) AS n FROM outbox WHERE state = ?').get(state) as { n: number }).n;
  }

  async close(): Promise<void> {
    if (this.db.open) this.group?.flush();
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }
}
