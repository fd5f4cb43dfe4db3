// Open a store from its CLI spelling: `sqlite:FILE` (or a bare path) or `postgres://…` / `postgresql://…`.
import { SqliteStore } from './sqlite.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './types.js';

export async function openStore(spec: string): Promise<Store> {
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(spec)) store = new PostgresStore(spec);
  else if (spec.startsWith('sqlite:')) store = new SqliteStore(spec.slice('sqlite:'.length));
  else if (!spec.includes('://')) store = new SqliteStore(spec);
  else throw new Error(`unsupported store "${spec.split(':')[0]}:" (use sqlite:FILE or postgres://…)`);
  await store.migrate();
  return store;
}
