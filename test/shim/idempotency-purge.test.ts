// Callers' retries are answered from the store for a while; after that the records are purged in the background,
// at most once per interval, without delaying or failing the request that started the purge.
import { describe, expect, it } from 'vitest';
import { runOnce } from '../../shim/idempotency.js';
import { silentLogger } from '../../shim/logger.js';
import { SqliteStore } from '../../shim/store/sqlite.js';
import type { Store } from '../../shim/store/types.js';

function counting(store: Store, fail = false): { store: Store; purges: number[] } {
  const purges: number[] = [];
  const wrapped = Object.create(store) as Store;
  wrapped.purgeExpiredIdempotency = async (now, limit) => {
    purges.push(now);
    if (fail) throw new Error('disk full');
    return store.purgeExpiredIdempotency(now, limit);
  };
  return { store: wrapped, purges };
}

const req = (n: number) => ({ route: 'r', body: { n }, caller: 'c', accountId: null, context: null });

describe('idempotency purge', () => {
  it('purges expired records on the first claim, then at most once per interval', async () => {
    const base = new SqliteStore(':memory:');
    await base.migrate();
    await base.claimIdempotency('old', 'fp', 0, 1, null, null);
    await base.completeIdempotency('old', 'done', 200, '{}');
    const { store, purges } = counting(base);
    const opts = { purgeEveryMs: 60_000 };
    for (let i = 0; i < 5; i++) await runOnce(store, req(i), opts, silentLogger, async () => ({ ok: i }));
    expect(purges).toHaveLength(1);
    await new Promise((r) => setImmediate(r));
    expect(await base.getIdempotency('old')).toBeUndefined();
    await base.close();
  });

  it('never fails or delays the request when the purge fails, and can be switched off', async () => {
    const base = new SqliteStore(':memory:');
    await base.migrate();
    const failing = counting(base, true);
    expect(await runOnce(failing.store, req(1), {}, silentLogger, async () => ({ ok: 1 }))).toEqual({ ok: 1 });
    expect(failing.purges).toHaveLength(1);
    const off = counting(base);
    await runOnce(off.store, req(2), { purgeEveryMs: 0 }, silentLogger, async () => ({ ok: 2 }));
    expect(off.purges).toHaveLength(0);
    await base.close();
  });
});
