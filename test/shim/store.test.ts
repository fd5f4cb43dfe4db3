import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SqliteStore } from '../../shim/store/sqlite.js';
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
