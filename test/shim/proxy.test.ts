// The HTTP proxy, spoken to by a plain node:http client (as a non-Node backend would), and once by curl.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASIC, CALLER, startProxy, type ProxyHarness } from './helpers/proxy.js';
import { plainRequest } from './helpers/http.js';
import { legacyAuthBody, startEnv, type Env } from './helpers/env.js';

const INITIATE = '/api/authentication/v1/web/initiate';
const json = (body: unknown, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json', authorization: BASIC, 'user-agent': 'Acme Backend/2.3', ...extra },
  body: JSON.stringify(body),
});

describe('shim proxy over loopback HTTP', () => {
  let env: Env;
  let h: ProxyHarness;
  beforeEach(async () => {
    env = await startEnv();
    h = await startProxy(env.store, env.emulator.url);
  });
  afterEach(async () => {
    await h.proxy.close(1000);
    await env.close();
  });

  it('binds 127.0.0.1 by default', () => {
    expect(h.proxy.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(h.proxy.url).toBe(`http://127.0.0.1:${h.proxy.port}`);
  });

  it('answers a legacy initiate with the legacy shape; the emulator saw the token call and the mapped PUT', async () => {
    const seed = await env.seed();
    env.emulator.clearJournal();
    const res = await plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference)));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json() as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);
    const journal = env.emulator.journal();
    expect(journal.map((j) => j.route)).toEqual(['token', 'updateAccount']);
    expect(journal[0].headers.authorization).toBe('Basic');
    expect(journal[1].headers.authorization).toBe('Bearer');
    expect(journal[1].headers['user-agent']).toBe('Acme Shim/1.0');
    expect(journal[1].body).toMatchObject({ web: { successUrl: 'https://merchant.example/auth/success' }, tokenLifetime: '1h', workflowDefinition: { key: 9 } });
  });

  it('also serves the old path /api/auth/v1/initiate and v4 initiate (enrolment)', async () => {
    const seed = await env.seed();
    const old = await plainRequest(`${h.proxy.url}/api/auth/v1/initiate`, json(legacyAuthBody(seed.enrollmentReference)));
    expect(old.status).toBe(200);
    const v4 = await plainRequest(`${h.proxy.url}/api/v4/initiate`, json({ customerInternalReference: 'c', userReference: 'u', workflowId: 200 }));
    expect(v4.status).toBe(200);
    const ref = (v4.json() as { transactionReference: string }).transactionReference;
    expect(await env.store.getEnrollment(ref)).toBeTruthy();
  });

  it('retrieval: GET /api/netverify/v2/authentications/{ref}', async () => {
    const seed = await env.seed();
    const init = (await plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference)))).json() as { transactionReference: string };
    await env.emulator.finishWorkflow({ accountId: seed.accountId, workflowExecutionId: init.transactionReference }, 'PASSED');
    const res = await plainRequest(`${h.proxy.url}/api/netverify/v2/authentications/${init.transactionReference}`, { headers: { authorization: BASIC, accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ transactionReference: init.transactionReference, enrollmentTransactionReference: seed.enrollmentReference, transactionResult: 'PASSED' });
    const missing = await plainRequest(`${h.proxy.url}/api/netverify/v2/authentications/does-not-exist`, { headers: { authorization: BASIC } });
    expect(missing.status).toBe(404);
  });

  it('caller without credentials → 401 and no upstream request; wrong secret → 401 too', async () => {
    const seed = await env.seed();
    env.emulator.clearJournal();
    const { authorization: _drop, ...noAuth } = json(legacyAuthBody(seed.enrollmentReference)).headers;
    void _drop;
    const none = await plainRequest(`${h.proxy.url}${INITIATE}`, { method: 'POST', headers: noAuth, body: JSON.stringify(legacyAuthBody(seed.enrollmentReference)) });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic/);
    expect(none.json()).toMatchObject({ httpStatus: 401 });
    const wrong = await plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference), {
      authorization: `Basic ${Buffer.from(`${CALLER.apiToken}:not-the-secret`).toString('base64')}`,
    }));
    expect(wrong.status).toBe(401);
    const retrieval = await plainRequest(`${h.proxy.url}/api/netverify/v2/authentications/x`);
    expect(retrieval.status).toBe(401);
    expect(env.emulator.journal()).toEqual([]);
  });

  it('JSON only (415), 64 KiB cap (413), legacy 400 naming the field, 404 for unknown enrolments and routes', async () => {
    const seed = await env.seed();
    env.emulator.clearJournal();
    const form = await plainRequest(`${h.proxy.url}${INITIATE}`, { method: 'POST', headers: { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(form.status).toBe(415);
    const big = await plainRequest(`${h.proxy.url}${INITIATE}`, json({ ...legacyAuthBody(seed.enrollmentReference), pad: 'x'.repeat(70 * 1024) }));
    expect(big.status).toBe(413);
    const long = await plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference, { successUrl: `https://merchant.example/${'s'.repeat(300)}` })));
    expect(long.status).toBe(400);
    expect(long.json()).toMatchObject({ httpStatus: 400, field: 'successUrl' });
    const bad = await plainRequest(`${h.proxy.url}${INITIATE}`, { ...json({}), body: '{not json' });
    expect([bad.status, (bad.json() as { field: string }).field]).toEqual([400, 'body']);
    const poisoned = await plainRequest(`${h.proxy.url}${INITIATE}`, { ...json({}), body: '{"__proto__":{"x":1}}' });
    expect(poisoned.status).toBe(400);
    const unknown = await plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody('0b7c1c5e-aaaa-4bbb-8ccc-000000000000')));
    expect([unknown.status, (unknown.json() as { field: string }).field]).toEqual([404, 'enrollmentTransactionReference']);
    const route = await plainRequest(`${h.proxy.url}/api/netverify/v2/scans`, { headers: { authorization: BASIC } });
    expect(route.status).toBe(404);
    expect(env.emulator.journal()).toEqual([]);
  });

  it('a caller retry (same body, or same Idempotency-Key) is answered from the store: one PUT', async () => {
    const seed = await env.seed();
    env.emulator.clearJournal();
    const body = legacyAuthBody(seed.enrollmentReference);
    const a = await plainRequest(`${h.proxy.url}${INITIATE}`, json(body));
    const b = await plainRequest(`${h.proxy.url}${INITIATE}`, json(body));
    expect(b.json()).toEqual(a.json());
    const k = await plainRequest(`${h.proxy.url}${INITIATE}`, json({ ...body, userReference: 'k' }, { 'idempotency-key': 'order-1' }));
    const k2 = await plainRequest(`${h.proxy.url}${INITIATE}`, json({ ...body, userReference: 'k' }, { 'idempotency-key': 'order-1' }));
    expect(k2.json()).toEqual(k.json());
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(2);
  });

  it('injected 503 after the PUT was processed → legacy 502, and the retry is not re-sent', async () => {
    const seed = await env.seed();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 503, when: 'after', times: 1 });
    const body = legacyAuthBody(seed.enrollmentReference);
    const first = await plainRequest(`${h.proxy.url}${INITIATE}`, json(body));
    expect(first.status).toBe(502);
    const again = await plainRequest(`${h.proxy.url}${INITIATE}`, json(body));
    expect(again.status).toBe(502);
    expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(1);
  });

  it('/healthz and /metrics (Prometheus text)', async () => {
    const seed = await env.seed();
    await plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference)));
    const health = await plainRequest(`${h.proxy.url}/healthz`);
    expect([health.status, health.json()]).toEqual([200, { status: 'ok', store: 'sqlite' }]);
    const metrics = await plainRequest(`${h.proxy.url}/metrics`);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toMatch(/^# TYPE shim_http_requests_total counter$/m);
    expect(metrics.text).toMatch(/^shim_http_requests_total\{route="auth-initiate",status="200"\} 1$/m);
    expect(metrics.text).toMatch(/^shim_token_requests_total\{outcome="200"\} 1$/m);
    expect(metrics.text).toMatch(/^shim_outbox_pending 0$/m);
  });

  it('rejects absolute-form request targets (not an open proxy)', async () => {
    const res = await plainRequest(`${h.proxy.url}/x`, { headers: { host: 'netverify.com' } }).then(async () => {
      const net = await import('node:net');
      return new Promise<string>((resolve) => {
        const sock = net.connect(h.proxy.port, '127.0.0.1', () => sock.write(`GET http://example.com${INITIATE} HTTP/1.1\r\nhost: example.com\r\nconnection: close\r\n\r\n`));
        let data = '';
        sock.on('data', (d) => (data += d.toString()));
        sock.on('end', () => resolve(data));
      });
    });
    expect(res).toMatch(/^HTTP\/1\.1 400/);
  });

  it('finishes in-flight requests on close (graceful shutdown) and refuses new ones', async () => {
    const seed = await env.seed();
    env.emulator.injectFault({ route: 'updateAccount', kind: 'latency', ms: 300, times: 1 });
    const pending = plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference)));
    await new Promise((r) => setTimeout(r, 100));
    const closing = h.proxy.close(5000);
    const res = await pending;
    expect(res.status).toBe(200);
    await closing;
    await expect(plainRequest(`${h.proxy.url}/healthz`)).rejects.toThrow();
  });

  it.skipIf(!existsSync('/usr/bin/curl'))('curl: a legacy initiate from the command line', async () => {
    const seed = await env.seed();
    const { stdout } = await promisify(execFile)('curl', [
      '-sS', '-X', 'POST', `${h.proxy.url}${INITIATE}`,
      '-u', `${CALLER.apiToken}:${CALLER.apiSecret}`,
      '-H', 'Content-Type: application/json', '-H', 'Accept: application/json', '-H', 'User-Agent: Acme Backend/2.3',
      '--data', JSON.stringify(legacyAuthBody(seed.enrollmentReference)),
      '-w', '\n%{http_code}',
    ]);
    const [body, code] = stdout.split('\n');
    expect(code).toBe('200');
    expect(Object.keys(JSON.parse(body) as object).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);
  });
});

describe('shim proxy bulkhead', () => {
  it('sheds legacy requests beyond maxInflight with 503 + Retry-After, without calling upstream for them', async () => {
    const env = await startEnv();
    const h = await startProxy(env.store, env.emulator.url, {}, { maxInflight: 2 });
    try {
      const seed = await env.seed();
      env.emulator.injectFault({ route: 'updateAccount', kind: 'latency', ms: 400 });
      const results = await Promise.all([0, 1, 2, 3].map((i) => plainRequest(`${h.proxy.url}${INITIATE}`, json(legacyAuthBody(seed.enrollmentReference, { userReference: `b${i}` })))));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 503, 503]);
      expect(results.find((r) => r.status === 503)?.headers['retry-after']).toBe('1');
      expect(env.emulator.journal().filter((j) => j.route === 'updateAccount')).toHaveLength(2);
      expect((await plainRequest(`${h.proxy.url}/healthz`)).status).toBe(200);
    } finally {
      await h.proxy.close(1000);
      await env.close();
    }
  });
});
