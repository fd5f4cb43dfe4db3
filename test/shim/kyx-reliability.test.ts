// The KYX client's retry rules and the token manager, over real loopback HTTP against the emulator.
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { createLegacyAdapter } from '../../shim/adapter.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LegacyApiError } from '../../shim/errors.js';
import { KyxCallError, KyxClient, singleOriginEndpoints } from '../../shim/kyx-client.js';
import { CLIENT, legacyAuthBody, startEnv, type Env } from './helpers/env.js';

describe('KYX client reliability', () => {
  let env: Env;
  beforeEach(async () => {
    env = await startEnv();
  });
  afterEach(async () => env.close());

  it('200 concurrent initiates → exactly one token request', async () => {
    const seed = await env.seed();
    env.emulator.clearJournal();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: `u-${i}` }))),
    );
    expect(new Set(results.map((r) => r.transactionReference)).size).toBe(200);
    const journal = env.emulator.journal();
    expect(journal.filter((j) => j.route === 'token')).toHaveLength(1);
    expect(journal.filter((j) => j.route === 'updateAccount')).toHaveLength(200);
  });

  it('503 after the PUT was processed → not re-sent, legacy 502, recorded as unknown; the caller retry is answered from the store', async () => {
    const seed = await env.seed();
    await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'warm' })); // token cached
    env.emulator.clearJournal();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 503, when: 'after', times: 1 });
    const body = legacyAuthBody(seed.enrollmentReference);
    const err = (await env.adapter.initiateAuthentication(body).catch((e: unknown) => e)) as LegacyApiError;
    expect(err).toBeInstanceOf(LegacyApiError);
    expect(err.status).toBe(502);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(1);
    // The caller retries the same request: answered from the store, still one PUT upstream.
    const again = (await env.adapter.initiateAuthentication(body).catch((e: unknown) => e)) as LegacyApiError;
    expect(again.status).toBe(502);
    expect(again.message).toMatch(/unknown/);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(1);
  });

  it('a connection reset after the PUT was processed is not re-sent either', async () => {
    const seed = await env.seed();
    await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'warm' }));
    env.emulator.clearJournal();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'reset', when: 'after', times: 1 });
    const err = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference)).catch((e: unknown) => e)) as LegacyApiError;
    expect(err.status).toBe(502);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(1);
  });

  it('429 with Retry-After → retried after it, and succeeds', async () => {
    const seed = await env.seed();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'rate-limit', retryAfter: 1, times: 1 });
    const started = Date.now();
    const res = await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference));
    const elapsed = Date.now() - started;
    expect(res.transactionReference).toBeTruthy();
    expect(elapsed).toBeGreaterThanOrEqual(950);
    const puts = env.emulator.journal().filter((j) => j.route === 'updateAccount');
    expect(puts.map((p) => p.status)).toEqual([429, 200]);
  });

  it('429 whose Retry-After exceeds the deadline → legacy 429 with Retry-After, not retried', async () => {
    const seed = await env.seed();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'rate-limit', retryAfter: 120, times: 1 });
    const err = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference)).catch((e: unknown) => e)) as LegacyApiError;
    expect([err.status, err.retryAfter]).toEqual([429, 120]);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(1);
    // Nothing was created: the caller's retry goes upstream again.
    await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference));
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(2);
  });

  it('an expired/revoked token → 401 → one refresh and one replay', async () => {
    const seed = await env.seed();
    await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'first' }));
    env.emulator.clearJournal();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'token-expiry', times: 1 });
    const res = await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'second' }));
    expect(res.transactionReference).toBeTruthy();
    expect(env.emulator.journal().map((j) => `${j.route}:${j.status}`)).toEqual(['updateAccount:401', 'token:200', 'updateAccount:200']);
  });

  it('403 with an aging token → one refresh and one replay; 403 with a fresh token → legacy 403, no replay', async () => {
    await env.close();
    env = await startEnv({ emulator: { tokenExpiresIn: 2 } }); // refresh window opens after ~0.9–1 s
    const seed = await env.seed();
    await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'first' }));
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 403, times: 1 });
    const fresh = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'fresh' })).catch((e: unknown) => e)) as LegacyApiError;
    expect(fresh.status).toBe(403);
    await new Promise((r) => setTimeout(r, 1100));
    env.emulator.clearJournal();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 403, times: 1 });
    const res = await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'aging' }));
    expect(res.transactionReference).toBeTruthy();
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount').map((j) => j.status)).toEqual([403, 200]);
  });

  it('never loops on 401: a second 401 becomes a legacy 403', async () => {
    const seed = await env.seed();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 401, times: 5 });
    const err = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference)).catch((e: unknown) => e)) as LegacyApiError;
    expect(err.status).toBe(403);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(2);
  });

  it('headers timeout → legacy 504 and recorded as unknown, not re-sent', async () => {
    // A slow KYX stand-in that counts PUTs (the emulator does not journal requests whose client went away).
    let puts = 0;
    const slow = createHttpServer((req, res) => {
      if (req.url === '/oauth2/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ access_token: 'tok', expires_in: 3600, token_type: 'Bearer' }));
      }
      if (req.method === 'PUT') puts++;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 1500).unref();
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    const origin = `http://127.0.0.1:${(slow.address() as { port: number }).port}`;
    const adapter = createLegacyAdapter({ store: env.store, client: CLIENT, endpoints: singleOriginEndpoints(origin), kyxClient: { headersTimeoutMs: 300 } });
    const seed = await env.seed();
    const body = legacyAuthBody(seed.enrollmentReference);
    const err = (await adapter.initiateAuthentication(body).catch((e: unknown) => e)) as LegacyApiError;
    expect(err.status).toBe(504);
    const again = (await adapter.initiateAuthentication(body).catch((e: unknown) => e)) as LegacyApiError;
    expect(again.status).toBe(504);
    expect(again.message).toMatch(/unknown/);
    expect(puts).toBe(1);
    await adapter.close();
    slow.closeAllConnections();
    await new Promise<void>((r) => slow.close(() => r()));
  });

  it('the same request twice (caller retry) is answered from the store; an Idempotency-Key reused with another body → 422', async () => {
    const seed = await env.seed();
    const body = legacyAuthBody(seed.enrollmentReference);
    const a = await env.adapter.initiateAuthentication(body, { caller: 'c1' });
    const b = await env.adapter.initiateAuthentication({ ...body }, { caller: 'c1' });
    expect(b).toEqual(a);
    const other = await env.adapter.initiateAuthentication(body, { caller: 'c2' });
    expect(other.transactionReference).not.toBe(a.transactionReference);
    const k1 = await env.adapter.initiateAuthentication(body, { caller: 'c1', idempotencyKey: 'key-1' });
    const k1again = await env.adapter.initiateAuthentication(body, { caller: 'c1', idempotencyKey: 'key-1' });
    expect(k1again).toEqual(k1);
    const mismatch = (await env.adapter.initiateAuthentication({ ...body, userReference: 'x' }, { caller: 'c1', idempotencyKey: 'key-1' }).catch((e: unknown) => e)) as LegacyApiError;
    expect([mismatch.status, mismatch.field]).toEqual([422, 'Idempotency-Key']);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(3);
  });

  it('retries only connect failures (nothing was sent) and then answers 502', async () => {
    // A port with nothing listening.
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const client = new KyxClient({ endpoints: singleOriginEndpoints(`http://127.0.0.1:${port}`), userAgent: 't', connectRetries: 2 });
    const err = await client.updateAccount(CLIENT, 'a', { customerInternalReference: 'x', workflowDefinition: { key: 9 } }).catch((e: unknown) => e);
    // The token call is the first to fail to connect.
    expect((err as LegacyApiError).status ?? (err as KyxCallError).kind).toBe(502);
    await client.close();
  });
});
