// POST /callbacks/kyx: a KYX JSON callback comes in; the legacy form-encoded Authentication callback goes out to the
// caller's stored legacy callbackUrl through the durable outbox. The callback body is trusted only for the ids:
// the result is read from KYX retrieval with the shim's own token (the KYX callback carries no decision anyway).
// A callback for an execution the shim never saw, on an account with an "unknown" (ambiguous) initiate, settles it.
import {
  LEGACY,
  encodeLegacyCallback,
  toLegacyAuthCallback,
  type KyxCallback,
  type KyxRegion,
} from '../api/index.js';
import type { LegacyAdapter } from './adapter.js';
import { LegacyApiError } from './errors.js';
import { jsonAnswer, errorAnswer, type LegacyAnswer } from './legacy-routes.js';
import type { Logger } from './logger.js';
import type { OutboxWorker } from './outbox.js';
import type { AuthenticationRecord, Store } from './store/types.js';
import type { OAuthClient } from './token-manager.js';

export interface CallbackRelayDeps {
  adapter: LegacyAdapter;
  store: Store;
  outbox: OutboxWorker;
  client: OAuthClient;
  log: Logger;
}

const FINAL = new Set(['PROCESSED', 'SESSION_EXPIRED', 'TOKEN_EXPIRED']);

function parseCallback(body: unknown): KyxCallback {
  const b = body as Partial<KyxCallback> | null;
  if (!b || typeof b !== 'object' || typeof b.workflowExecution?.id !== 'string' || typeof b.account?.id !== 'string' ||
    typeof b.workflowExecution.status !== 'string')
    throw new LegacyApiError(400, 'not a KYX callback (workflowExecution.id, workflowExecution.status and account.id are required)', { field: 'workflowExecution.id' });
  return b as KyxCallback;
}

/** An unknown-outcome initiate on this account is settled by the first callback for an execution the shim never recorded. */
async function settleUnknown(store: Store, cb: KyxCallback, log: Logger): Promise<AuthenticationRecord | undefined> {
  const [pending] = await store.findUnknownIdempotency(cb.account.id, Date.now());
  if (!pending?.context) return undefined;
  const ctx = JSON.parse(pending.context) as { enrollmentReference: string; callbackUrl: string | null; userReference: string | null; region: string };
  const rec: AuthenticationRecord = {
    authenticationReference: cb.workflowExecution.id,
    accountId: cb.account.id,
    workflowExecutionId: cb.workflowExecution.id,
    enrollmentReference: ctx.enrollmentReference,
    callbackUrl: ctx.callbackUrl,
    userReference: ctx.userReference,
    region: ctx.region,
  };
  await store.putAuthentication(rec);
  const message = `the earlier attempt was settled: ${LEGACY.transactionReference} ${cb.workflowExecution.id} ended ${cb.workflowExecution.status}; start a new authentication`;
  await store.settleIdempotency(pending.key, 409, JSON.stringify(new LegacyApiError(409, message).body));
  log.warn('callback.settled_unknown', { transactionReference: cb.workflowExecution.id, status: cb.workflowExecution.status });
  return rec;
}

export async function relayKyxCallback(deps: CallbackRelayDeps, body: unknown): Promise<LegacyAnswer> {
  try {
    const cb = parseCallback(body);
    const rec = (await deps.store.getAuthentication(cb.workflowExecution.id)) ?? (await settleUnknown(deps.store, cb, deps.log));
    if (!rec) {
      deps.log.info('callback.ignored', { reason: 'unknown execution', status: cb.workflowExecution.status });
      return jsonAnswer(202, { relayed: false });
    }
    if (!FINAL.has(cb.workflowExecution.status) || !rec.callbackUrl) {
      deps.log.info('callback.ignored', { reason: rec.callbackUrl ? 'not final' : 'no legacy callbackUrl', status: cb.workflowExecution.status });
      return jsonAnswer(202, { relayed: false });
    }
    const details = await deps.adapter
      .kyxFor(rec.region as KyxRegion)
      .getWorkflowDetails(deps.client, rec.accountId, rec.workflowExecutionId);
    const legacy = toLegacyAuthCallback(details, { enrollmentTransactionReference: rec.enrollmentReference });
    if (!legacy.userReference && rec.userReference) legacy.userReference = rec.userReference;
    const fresh = await deps.store.enqueueOutbox({
      dedupeKey: `auth:${rec.workflowExecutionId}:${details.workflow.status}`,
      targetUrl: rec.callbackUrl,
      body: encodeLegacyCallback(legacy),
      nowMs: Date.now(),
    });
    deps.log.info('callback.queued', { transactionReference: rec.workflowExecutionId, result: legacy.transactionResult, duplicate: !fresh });
    void deps.outbox.kick();
    return jsonAnswer(200, { relayed: true });
  } catch (err) {
    deps.log.warn('callback.failed', { err });
    return errorAnswer(err);
  }
}
