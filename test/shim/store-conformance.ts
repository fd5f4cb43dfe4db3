// ONE conformance suite that every Store implementation must pass (SQLite and PostgreSQL run it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../shim/store/types.js';

export interface StoreHarness {
  /** A fresh, migrated, empty store. */
  open(): Promise<Store>;
  /** Reopen the same storage (simulates a process restart). */
  reopen(): Promise<Store>;
  /** Remove the storage. */
  destroy(): Promise<void>;
}

export function describeStoreConformance(name: string, makeHarness: () => StoreHarness): void {
  describe(`Store conformance: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      h = makeHarness();
      store = await h.open();
    });
    afterEach(async () => {
      await store.close();
      await h.destroy();
    });

    it('migrate is idempotent', async () => {
      await store.migrate();
      await store.migrate();
      expect(await store.getEnrollment('nope')).toBeUndefined();
    });

    it('stores enrollments and upserts them', async () => {
      await store.putEnrollment({ enrollmentReference: 'e1', accountId: 'a1', credentialId: 'c1', region: 'amer-1' });
      expect(await store.getEnrollment('e1')).toEqual({ enrollmentReference: 'e1', accountId: 'a1', credentialId: 'c1', region: 'amer-1' });
      await store.putEnrollment({ enrollmentReference: 'e1', accountId: 'a2', credentialId: null, region: 'emea-1' });
      expect(await store.getEnrollment('e1')).toEqual({ enrollmentReference: 'e1', accountId: 'a2', credentialId: null, region: 'emea-1' });
      expect(await store.getEnrollment('e2')).toBeUndefined();
    });

    it('stores authentications (first write wins)', async () => {
      const rec = { authenticationReference: 'w1', accountId: 'a1', workflowExecutionId: 'w1', enrollmentReference: 'e1',
        callbackUrl: 'https://cb.example/x', userReference: null, region: 'amer-1' };
      await store.putAuthentication(rec);
      await store.putAuthentication({ ...rec, accountId: 'other' });
      expect(await store.getAuthentication('w1')).toEqual(rec);
      expect(await store.getAuthentication('w2')).toBeUndefined();
    });

    it('claims an idempotency key once, replays the stored outcome, releases and expires', async () => {
      const now = 1_000_000;
      expect(await store.claimIdempotency('k1', 'fp', now, 60_000, 'a1', '{"x":1}')).toEqual({ claimed: true });
      const second = await store.claimIdempotency('k1', 'fp', now + 1, 60_000, 'a1', null);
      expect(second.claimed).toBe(false);
      if (!second.claimed) expect(second.record.state).toBe('pending');
      await store.completeIdempotency('k1', 'done', 200, '{"ok":true}');
      const third = await store.claimIdempotency('k1', 'fp', now + 2, 60_000, 'a1', null);
      expect(third.claimed).toBe(false);
      if (!third.claimed) {
        expect(third.record).toMatchObject({ state: 'done', status: 200, response: '{"ok":true}', fingerprint: 'fp', accountId: 'a1', context: '{"x":1}' });
      }
      // expired → claimable again
      expect(await store.claimIdempotency('k1', 'fp2', now + 60_001, 60_000, null, null)).toEqual({ claimed: true });
      // release only drops pending claims
      await store.releaseIdempotency('k1');
      expect(await store.getIdempotency('k1')).toBeUndefined();
      await store.claimIdempotency('k2', 'fp', now, 60_000, null, null);
      await store.completeIdempotency('k2', 'done', 200, '{}');
      await store.releaseIdempotency('k2');
      expect((await store.getIdempotency('k2'))?.state).toBe('done');
    });

    it('completes an idempotency record together with the authentication it created', async () => {
      await store.claimIdempotency('ka', 'fp', 1, 60_000, 'a1', null);
      const rec = { authenticationReference: 'wa', accountId: 'a1', workflowExecutionId: 'wa', enrollmentReference: 'e1',
        callbackUrl: null, userReference: 'u', region: 'emea-1' };
      await store.completeIdempotency('ka', 'done', 200, '{"transactionReference":"wa"}', rec);
      expect(await store.getAuthentication('wa')).toEqual(rec);
      expect(await store.getIdempotency('ka')).toMatchObject({ state: 'done', status: 200, response: '{"transactionReference":"wa"}' });
    });

    it('lets exactly one of many concurrent claimers win', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.claimIdempotency('race', 'fp', 5, 60_000, null, null)),
      );
      expect(results.filter((r) => r.claimed)).toHaveLength(1);
    });

    it('finds and settles unknown records per account', async () => {
      await store.claimIdempotency('u1', 'fp', 10, 60_000, 'acc', '{"e":"1"}');
      await store.completeIdempotency('u1', 'unknown', 502, '{"err":1}');
      await store.claimIdempotency('u2', 'fp', 10, 60_000, 'other', null);
      await store.completeIdempotency('u2', 'unknown', 502, '{}');
      const found = await store.findUnknownIdempotency('acc', 20);
      expect(found.map((r) => r.key)).toEqual(['u1']);
      expect(await store.findUnknownIdempotency('acc', 60_011)).toEqual([]);
      await store.settleIdempotency('u1', 200, '{"ok":1}');
      expect(await store.getIdempotency('u1')).toMatchObject({ state: 'done', status: 200, response: '{"ok":1}' });
      expect(await store.findUnknownIdempotency('acc', 20)).toEqual([]);
    });

    it('purges records that can no longer be replayed, a bounded batch at a time', async () => {
      const t = 1_000_000;
      await store.claimIdempotency('live', 'fp', t, 60_000, null, null); // pending, not expired
      await store.claimIdempotency('done-old', 'fp', t - 120_000, 60_000, null, null);
      await store.completeIdempotency('done-old', 'done', 200, '{}'); // expired a minute ago
      await store.claimIdempotency('unknown-old', 'fp', t - 120_000, 60_000, 'acc', null);
      await store.completeIdempotency('unknown-old', 'unknown', 502, '{}');
      await store.claimIdempotency('pending-recent', 'fp', t - 120_000, 60_000, null, null); // in flight past expiry: kept
      await store.claimIdempotency('pending-dead', 'fp', t - 2 * 3_600_000, 60_000, null, null); // an hour past expiry
      await store.claimIdempotency('done-live', 'fp', t, 60_000, null, null);
      await store.completeIdempotency('done-live', 'done', 200, '{}');
      expect(await store.purgeExpiredIdempotency(t, 1)).toBe(1); // the limit holds
      expect(await store.purgeExpiredIdempotency(t, 100)).toBe(2);
      expect(await store.purgeExpiredIdempotency(t, 100)).toBe(0);
      for (const gone of ['done-old', 'unknown-old', 'pending-dead']) expect(await store.getIdempotency(gone), gone).toBeUndefined();
      for (const kept of ['live', 'pending-recent', 'done-live']) expect(await store.getIdempotency(kept), kept).toBeDefined();
    });

    it('runs an outbox: dedupe, lease, retry schedule, sent, dead', async () => {
      expect(await store.enqueueOutbox({ dedupeKey: 'd1', targetUrl: 'https://x/cb', body: 'a=1', nowMs: 100 })).toBe(true);
      expect(await store.enqueueOutbox({ dedupeKey: 'd1', targetUrl: 'https://x/cb', body: 'a=1', nowMs: 100 })).toBe(false);
      await store.enqueueOutbox({ dedupeKey: 'd2', targetUrl: 'https://x/cb2', body: 'b=2', nowMs: 500 });
      const leased = await store.leaseOutbox(200, 10, 1000);
      expect(leased.map((i) => i.dedupeKey)).toEqual(['d1']);
      expect(leased[0]).toMatchObject({ targetUrl: 'https://x/cb', body: 'a=1', state: 'pending', attempts: 0 });
      // leased: not handed out again before the lease ends
      expect((await store.leaseOutbox(600, 10, 100_000)).map((i) => i.dedupeKey)).toEqual(['d2']);
      await store.markOutboxFailed(leased[0].id, 'HTTP 500', 5000, false);
      expect(await store.leaseOutbox(4000, 10, 1000)).toEqual([]);
      const again = await store.leaseOutbox(5000, 10, 1000);
      expect(again.map((i) => [i.dedupeKey, i.attempts, i.lastError])).toEqual([['d1', 1, 'HTTP 500']]);
      await store.markOutboxSent(again[0].id);
      expect(await store.countOutbox('sent')).toBe(1);
      const d2 = (await store.leaseOutbox(100_600, 10, 1000))[0];
      expect(d2.dedupeKey).toBe('d2');
      await store.markOutboxFailed(d2.id, 'gave up', 9000, true);
      expect(await store.countOutbox('dead')).toBe(1);
      expect(await store.countOutbox('pending')).toBe(0);
      expect(await store.leaseOutbox(99_999, 10, 1000)).toEqual([]);
    });

    it('keeps everything across a restart', async () => {
      await store.putEnrollment({ enrollmentReference: 'keep', accountId: 'a', credentialId: 'c', region: 'apac-1' });
      await store.enqueueOutbox({ dedupeKey: 'o', targetUrl: 'https://x', body: 'z=1', nowMs: 1 });
      await store.close();
      store = await h.reopen();
      expect(await store.getEnrollment('keep')).toEqual({ enrollmentReference: 'keep', accountId: 'a', credentialId: 'c', region: 'apac-1' });
      expect(await store.countOutbox('pending')).toBe(1);
    });
  });
}
