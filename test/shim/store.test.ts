import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../shim/store/sqlite.js';
import type { Store } from '../../shim/store/types.js';
import { PostgresStore } from '../../shim/store/postgres.js';
import { openStore } from '../../shim/store/open.js';
import { describeStoreConformance } from './store-conformance.js';
import { PG_BASE } from './helpers/pg.js';

describeStoreConformance('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shim-store-'));
  const file = join(dir, 'shim.db');
  return {
    open: () => openStore(`sqlite:${file}`),
    reopen: async () => {
      const s = new SqliteStore(file);
      await s.migrate();
      return s;
    },
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describeStoreConformance('postgres', () => {
  const url = `${PG_BASE}?schema=shim_conf_${randomBytes(6).toString('hex')}`;
  return {
    open: () => openStore(url),
    reopen: () => openStore(url),
    destroy: async () => {
      const s = new PostgresStore(url);
      await s.dropSchema();
      await s.close();
    },
  };
});

// The same suite without group commit (one transaction per write), and with every commit fsynced.
describeStoreConformance('sqlite, one transaction per write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shim-store-'));
  const file = join(dir, 'shim.db');
  const open = async () => {
    const s = new SqliteStore(file, { groupCommit: false });
    await s.migrate();
    return s;
  };
  return { open, reopen: open, destroy: async () => rmSync(dir, { recursive: true, force: true }) };
});

describeStoreConformance('sqlite:FILE?synchronous=full', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shim-store-'));
  const file = join(dir, 'shim.db');
  return {
    open: () => openStore(`sqlite:${file}?synchronous=full`),
    reopen: () => openStore(`sqlite:${file}?synchronous=full`),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SQLite store options', () => {
  it('synchronous: NORMAL by default, FULL on request, anything else refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shim-store-'));
    const level = (s: Store) => (s as unknown as { db: { pragma(p: string, o: object): unknown } }).db.pragma('synchronous', { simple: true });
    try {
      const normal = await openStore(`sqlite:${join(dir, 'a.db')}`);
      expect(level(normal)).toBe(1);
      await normal.close();
      const full = await openStore(`sqlite:${join(dir, 'b.db')}?synchronous=full`);
      expect(level(full)).toBe(2);
      await full.close();
      await expect(openStore(`sqlite:${join(dir, 'c.db')}?synchronous=off`)).rejects.toThrow(/synchronous=off/);
      await expect(openStore(`sqlite:${join(dir, 'd.db')}?cache=1`)).rejects.toThrow(/"cache"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
