// Callers' retries never reach KYX twice: every non-idempotent legacy request (initiate, v4 initiate) is recorded
// under a key — the caller's Idempotency-Key header, else a fingerprint of caller + route + normalised body — with
// an atomic insert. A repeat is answered from the store: the stored response (done), 409 (still in flight), or
// the stored gateway error (unknown: the upstream may have acted, so the shim does not send it again).
import { hash } from 'node:crypto';
import { LegacyApiError, type LegacyErrorBody } from './errors.js';
import { jsonString, jsonValue } from './json-text.js';
import { KyxCallError } from './kyx-client.js';
import type { Logger } from './logger.js';
import type { AuthenticationRecord, Store } from './store/types.js';
import { toLegacyError } from './upstream-errors.js';

export interface IdempotencyOptions {
  /** How long a fingerprint match counts as a retry (default 60 s: a legacy app may legitimately start a new
   * authentication for the same user minutes later, and legacy did create a new transaction each time). */
  fingerprintTtlMs?: number;
  /** How long an Idempotency-Key is remembered (default 24 h). */
  keyTtlMs?: number;
  /** At most this often (default 10 min; 0 = never), a claim also starts a background purge of records that can
   * no longer be replayed, so the store does not grow with every request ever served. */
  purgeEveryMs?: number;
}

const PURGE_BATCH = 5_000;
const lastPurge = new WeakMap<Store, number>();

/** Start a purge of expired records when the last one is old enough; never delays or fails the request. */
function maybePurge(store: Store, opts: IdempotencyOptions, log: Logger, nowMs: number): void {
  const every = opts.purgeEveryMs ?? 600_000;
  if (every <= 0 || nowMs - (lastPurge.get(store) ?? -Infinity) < every) return;
  lastPurge.set(store, nowMs);
  store.purgeExpiredIdempotency(nowMs, PURGE_BATCH).then(
    (n) => { if (n > 0) log.info('idempotency.purged', { records: n }); },
    (err: unknown) => log.warn('idempotency.purge_failed', { error: (err as Error).message }),
  );
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** JSON with sorted keys, so `{a,b}` and `{b,a}` fingerprint alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${jsonString(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return jsonValue(value) as string;
}

// One-shot hash: same digest as createHash().update(s) (UTF-8), without a Hash object per call.
const sha256 = (s: string): string => hash('sha256', s, 'hex');

export interface OnceRequest {
  route: string;
  body: unknown;
  caller: string;
  idempotencyKey?: string;
  accountId: string | null;
  /** JSON needed to settle an unknown outcome later (from the callback). */
  context: string | null;
}

export async function runOnce<T extends object>(
  store: Store,
  req: OnceRequest,
  opts: IdempotencyOptions,
  log: Logger,
  execute: () => Promise<T>,
  /** A record the successful request created, written in the same transaction as the outcome. */
  created?: () => AuthenticationRecord | undefined,
): Promise<T> {
  const fingerprint = sha256(`${req.route}\n${canonicalJson(req.body)}`);
  const key = req.idempotencyKey
    ? sha256(`key\n${req.caller}\n${req.idempotencyKey}`)
    : sha256(`fp\n${req.caller}\n${fingerprint}`);
  const ttl = req.idempotencyKey ? (opts.keyTtlMs ?? 86_400_000) : (opts.fingerprintTtlMs ?? 60_000);
  const now = Date.now();
  maybePurge(store, opts, log, now);
  const claim = await store.claimIdempotency(key, fingerprint, now, ttl, req.accountId, req.context);
  if (!claim.claimed) {
    const rec = claim.record;
    if (rec.fingerprint !== fingerprint)
      throw new LegacyApiError(422, 'this Idempotency-Key was already used for a different request', { field: 'Idempotency-Key' });
    log.info('idempotency.replay', { route: req.route, state: rec.state, byKey: Boolean(req.idempotencyKey) });
    if (rec.state === 'pending')
      throw new LegacyApiError(409, 'the same request is still in progress; it is not sent again', { retryAfter: 1 });
    const body = JSON.parse(rec.response ?? '{}') as T | LegacyErrorBody;
    if (rec.state === 'done' && rec.status === 200) return body as T;
    throw LegacyApiError.fromBody(rec.status ?? 502, body as LegacyErrorBody);
  }
  try {
    const result = await execute();
    await store.completeIdempotency(key, 'done', 200, JSON.stringify(result), created?.());
    return result;
  } catch (err) {
    const legacy = toLegacyError(err);
    if (err instanceof KyxCallError && err.maybeProcessed) {
      // Ambiguous: KYX may have created the workflow execution. Remember it as unknown; never re-send.
      const unknown = new LegacyApiError(legacy.status, `${legacy.message}; the outcome is unknown and the request was not re-sent`);
      await store.completeIdempotency(key, 'unknown', unknown.status, JSON.stringify(unknown.body));
      log.warn('idempotency.unknown_outcome', { route: req.route, status: unknown.status });
      throw unknown;
    }
    // Nothing was created upstream: let the caller try again.
    await store.releaseIdempotency(key);
    throw legacy;
  }
}
