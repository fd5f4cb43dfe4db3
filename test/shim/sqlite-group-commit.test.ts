// Group commit of the SQLite store: writes queued in one event-loop turn share one transaction, a waiter hears
// back only after that transaction committed, a failed commit fails every waiter, a failed statement only its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Agent, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommit } from '../../shim/store/sqlite-group-commit.js';
import { SqliteStore } from '../../shim/store/sqlite.js';
import { ensureBuilt, ROOT } from './helpers/build.js';
import { legacyAuthBody, startEnv } from './helpers/env.js';

describe('SQLite group commit', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shim-group-'));
    file = join(dir, 'shim.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function open(opts: { groupCommit?: boolean } = {}): Promise<SqliteStore> {
    const store = new SqliteStore(file, { backgroundCheckpoint: false, ...opts });
    await store.migrate();
    return store;
  }
  /** What another connection (another process, or this one after a crash) can read: committed rows only. */
  const committedKeys = (): string[] => {
    const other = new Database(file, { readonly: true });
    try {
      return (other.prepare('SELECT key FROM idempotency ORDER BY key').all() as { key: string }[]).map((r) => r.key);
    } finally {
      other.close();
    }
  };

  it('claims of one turn are committed in one transaction, each waiter gets its own outcome', async () => {
    const store = await open();
    const before = { ...store.group!.stats };
    const claims = ['k1', 'k2', 'k1', 'k3', 'k2'].map((k, i) => store.claimIdempotency(k, `fp-${k}`, 1000 + i, 60_000, 'acc', null));
    expect(committedKeys()).toEqual([]); // queued, not yet committed
    const results = await Promise.all(claims);
    expect(results.map((r) => r.claimed)).toEqual([true, true, false, true, false]);
    const third = results[2];
    if (!third.claimed) expect(third.record).toMatchObject({ key: 'k1', state: 'pending', fingerprint: 'fp-k1' });
    expect(store.group!.stats.batches - before.batches).toBe(1);
    expect(store.group!.stats.operations - before.operations).toBe(5);
    expect(committedKeys()).toEqual(['k1', 'k2', 'k3']);
    await store.close();
  });

  it('a claim is committed (visible to another connection) by the time its promise resolves', async () => {
    const store = await open();
    const seen: string[][] = [];
    const claim = store.claimIdempotency('kv', 'fp', 1000, 60_000, 'acc', null).then((r) => {
      seen.push(committedKeys()); // where the adapter would now send the PUT
      return r;
    });
    await store.completeIdempotency('other', 'done', 200, '{}'); // same batch; a no-op update
    expect((await claim).claimed).toBe(true);
    expect(seen).toEqual([['kv']]);
    await store.close();
  });

  it('a crash right after the claim resolved (the PUT about to be sent) leaves the claim: the retry is not sent again', async () => {
    // A child process claims through the store and is SIGKILLed the moment the claim resolves.
    const script = `
      const { SqliteStore } = await import(${JSON.stringify(join(ROOT, 'dist/shim/store/sqlite.js'))});
      const store = new SqliteStore(${JSON.stringify(file)}, { backgroundCheckpoint: false });
      await store.migrate();
      const r = await store.claimIdempotency('crash-key', 'fp', Date.now(), 60_000, 'acc', '{"c":1}');
      if (r.claimed) process.kill(process.pid, 'SIGKILL');`;
    ensureBuilt();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const signal = await new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, sig) => r(sig)));
    expect(signal, stderr).toBe('SIGKILL');
    const store = await open();
    const again = await store.claimIdempotency('crash-key', 'fp', Date.now(), 60_000, 'acc', null);
    expect(again.claimed).toBe(false);
    if (!again.claimed) expect(again.record).toMatchObject({ state: 'pending', context: '{"c":1}' });
    await store.close();
  });

  it('an enrollment read rides along with a queued batch (and sees its writes); alone it needs no write lock', async () => {
    const store = await open();
    const put = store.putEnrollment({ enrollmentReference: 'e1', accountId: 'a1', credentialId: null, region: 'amer-1' });
    await put;
    const before = { ...store.group!.stats };
    const claim = store.claimIdempotency('k', 'fp', 1000, 60_000, 'a1', null);
    const read = store.getEnrollment('e1');
    await Promise.all([claim, read]);
    expect(await read).toMatchObject({ accountId: 'a1' });
    expect(store.group!.stats.batches - before.batches).toBe(1);
    expect(store.group!.stats.operations - before.operations).toBe(2); // the read ran inside the claim's batch
    // Nothing queued: a plain read, which works while another process holds the write lock.
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await store.getEnrollment('e1')).toMatchObject({ accountId: 'a1' });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await store.close();
  });

  it('a failing statement rejects only its own waiter and undoes only its own changes', async () => {
    const db = new Database(join(dir, 'g.db'));
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
    const group = new GroupCommit(db);
    const ins = db.prepare('INSERT INTO t VALUES (?, ?)');
    const a = group.run(() => ins.run('a', 1).changes);
    const bad = group.run(() => {
      ins.run('b', 2); // undone with its operation
      ins.run('c', null); // NOT NULL violation
    });
    const d = group.run(() => ins.run('d', 4).changes);
    await expect(a).resolves.toBe(1);
    await expect(bad).rejects.toThrow(/NOT NULL/);
    await expect(d).resolves.toBe(1);
    expect(db.prepare('SELECT k FROM t ORDER BY k').pluck().all()).toEqual(['a', 'd']);
    expect(group.stats.fallbacks).toBe(1);

    // Order is kept in the one-by-one pass: a later operation sees what an earlier one of the batch wrote.
    const first = group.run(() => ins.run('e', 5).changes);
    const failing = group.run(() => ins.run('f', null));
    const sees = group.run(() => db.prepare('SELECT v FROM t WHERE k = ?').pluck().get('e'));
    await expect(first).resolves.toBe(1);
    await expect(failing).rejects.toThrow(/NOT NULL/);
    await expect(sees).resolves.toBe(5);
    // Without a failure the batch is one transaction with no SAVEPOINT: one commit for three operations.
    const before = { ...group.stats };
    await Promise.all(['g', 'h', 'i'].map((k, i) => group.run(() => ins.run(k, i))));
    expect(group.stats.batches - before.batches).toBe(1);
    expect(group.stats.fallbacks).toBe(before.fallbacks);
    db.close();
  });

  it('a batch that cannot commit fails every waiter, and stores nothing', async () => {
    const db = new Database(join(dir, 'g.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 0');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    const group = new GroupCommit(db);
    const other = new Database(join(dir, 'g.db'));
    other.exec('BEGIN IMMEDIATE'); // another writer holds the lock: BEGIN IMMEDIATE of the batch fails (SQLITE_BUSY)
    const waiters = ['x', 'y', 'z'].map((k) => group.run(() => db.prepare('INSERT INTO t VALUES (?)').run(k)));
    const outcomes = await Promise.allSettled(waiters);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    other.exec('ROLLBACK');
    other.close();
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(0);

    // A statement that rolls the whole transaction back (RAISE(ROLLBACK)) undoes the others of its batch too; they
    // are then run again one by one, so each waiter hears its own outcome and every "committed" is committed.
    db.exec(`CREATE TRIGGER no_boom BEFORE INSERT ON t WHEN NEW.k = 'boom' BEGIN SELECT RAISE(ROLLBACK, 'boom'); END`);
    const batch = ['p', 'boom', 'q'].map((k) => group.run(() => db.prepare('INSERT INTO t VALUES (?)').run(k)));
    expect((await Promise.allSettled(batch)).map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT k FROM t ORDER BY k').pluck().all()).toEqual(['p', 'q']);
    db.exec('DELETE FROM t');
    // A write that swallows the error of a statement which rolled the transaction back: the writes after it must
    // not run in autocommit (stored, yet their batch reported failed); each write is run alone instead.
    const swallow = (k: string) => () => {
      try {
        db.prepare('INSERT INTO t VALUES (?)').run(k);
      } catch {
        /* swallowed */
      }
    };
    const mixed = [group.run(() => db.prepare('INSERT INTO t VALUES (?)').run('r')), group.run(swallow('boom')),
      group.run(() => db.prepare('INSERT INTO t VALUES (?)').run('s'))];
    const settled = await Promise.allSettled(mixed);
    expect(settled.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT k FROM t ORDER BY k').pluck().all()).toEqual(['r', 's']);
    db.exec('DELETE FROM t');
    // The next batch works again.
    await group.run(() => db.prepare('INSERT INTO t VALUES (?)').run('ok'));
    expect(db.prepare('SELECT k FROM t').pluck().all()).toEqual(['ok']);
    db.close();
  });

  it('close() commits what is still queued; without group commit every write is its own transaction', async () => {
    const store = await open();
    const pending = store.claimIdempotency('late', 'fp', 1000, 60_000, null, null);
    await store.close();
    expect((await pending).claimed).toBe(true);
    expect(committedKeys()).toEqual(['late']);

    const plain = await open({ groupCommit: false });
    expect(plain.group).toBeUndefined();
    const claim = plain.claimIdempotency('solo', 'fp', 1000, 60_000, null, null);
    expect(committedKeys()).toEqual(['late', 'solo']); // committed before the call returned
    expect((await claim).claimed).toBe(true);
    await plain.close();
  });

  it('through the adapter: when each PUT leaves for KYX, its own claim is already committed (concurrent initiates, one batch)', async () => {
    // Every PUT is inspected as it is dispatched: another connection must already read the claim of that request.
    const seen: { userReference: string; committed: number }[] = [];
    let dbFile = '';
    const inspect: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
      if (opts.method === 'PUT') {
        const userReference = /"(u-gc-\d+)"/.exec(String(opts.body))?.[1] ?? '?';
        const other = new Database(dbFile, { readonly: true });
        const committed = other.prepare(`SELECT COUNT(*) FROM idempotency WHERE state = 'pending' AND context LIKE ?`)
          .pluck().get(`%"userReference":"${userReference}"%`) as number;
        other.close();
        seen.push({ userReference, committed });
      }
      return dispatch(opts, handler);
    };
    const agent = new Agent().compose(inspect);
    const env = await startEnv({ adapter: { kyxClient: { dispatcher: agent } } });
    try {
      dbFile = join(env.dir, 'shim.db');
      const seed = await env.seed();
      const group = (env.store as SqliteStore).group!;
      const before = group.stats.batches;
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) =>
        env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: `u-gc-${i}` }))));
      expect(new Set(results.map((r) => r.transactionReference)).size).toBe(5);
      expect(seen.map((s) => s.userReference).sort()).toEqual(['u-gc-0', 'u-gc-1', 'u-gc-2', 'u-gc-3', 'u-gc-4']);
      expect(seen.every((s) => s.committed === 1)).toBe(true);
      expect(group.stats.batches - before).toBeLessThan(10); // 5 claims + 5 outcomes shared commits
    } finally {
      await env.close();
      await agent.close();
    }
  });
});
