// Open a store from its CLI spelling: `sqlite:FILE` (or a bare path; `?synchronous=full` fsyncs every commit,
// see docs/shim.md "Store") or `postgres://…` / `postgresql://…`.
import { SqliteStore } from './sqlite.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './types.js';

function openSqlite(spec: string): SqliteStore {
  const q = spec.indexOf('?');
  if (q < 0) return new SqliteStore(spec);
  const params = new URLSearchParams(spec.slice(q + 1));
  const synchronous = params.get('synchronous') ?? 'normal';
  const unknown = [...params.keys()].filter((k) => k !== 'synchronous');
  if (unknown.length > 0 || (synchronous !== 'normal' && synchronous !== 'full'))
    throw new Error(`unsupported SQLite store option "${unknown[0] ?? `synchronous=${synchronous}`}" (use ?synchronous=normal|full)`);
  return new SqliteStore(spec.slice(0, q), { synchronous });
}

export async function openStore(spec: string): Promise<Store> {
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(spec)) store = new PostgresStore(spec);
  else if (!spec.includes('://')) store = openSqlite(spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec);
  else throw new Error(`unsupported store "${spec.split(':')[0]}:" (use sqlite:FILE or postgres://…)`);
  await store.migrate();
  return store;
}
