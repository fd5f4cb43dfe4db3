// The SQLite store checkpoints its WAL in a worker thread, not inside a commit on the request path: the shim's own
// connection never checkpoints (wal_autocheckpoint = 0), yet committed pages reach the database file.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../shim/store/sqlite.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function fill(store: SqliteStore, n: number): Promise<void> {
  const context = 'x'.repeat(2000);
  for (let i = 0; i < n; i++) await store.claimIdempotency(`key-${i}`, `fp-${i}`, Date.now(), 60_000, 'acct', context);
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('SQLite WAL checkpoints', () => {
  it('a worker copies committed pages into the database file while the store keeps running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shim-ckpt-'));
    dirs.push(dir);
    const file = join(dir, 'shim.db');
    const store = new SqliteStore(file);
    try {
      await store.migrate();
      const before = statSync(file).size;
      await fill(store, 200); // ≈ 400 KB: far below SQLite's automatic checkpoint (1000 pages ≈ 4 MB)
      expect(await waitFor(() => statSync(file).size > before + 300_000, 3000)).toBe(true);
      const claim = await store.claimIdempotency('key-7', 'fp-7', Date.now(), 60_000, 'acct', null);
      expect(claim.claimed).toBe(false); // still one consistent store
    } finally {
      await store.close();
    }
  });

  it('without the worker nothing reaches the file until close; close checkpoints everything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shim-ckpt-'));
    dirs.push(dir);
    const file = join(dir, 'shim.db');
    const store = new SqliteStore(file, { backgroundCheckpoint: false });
    await store.migrate();
    const before = statSync(file).size;
    await fill(store, 200);
    await new Promise((r) => setTimeout(r, 300));
    expect(statSync(file).size).toBeLessThan(before + 300_000);
    await store.close();
    expect(statSync(file).size).toBeGreaterThan(before + 300_000);
    const reopened = new SqliteStore(file);
    try {
      await reopened.migrate();
      expect((await reopened.getIdempotency('key-199'))?.state).toBe('pending');
    } finally {
      await reopened.close();
    }
  });
});
