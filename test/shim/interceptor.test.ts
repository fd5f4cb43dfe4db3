// The undici interceptor: undici.request, undici fetch, and Node 20's global fetch through setGlobalDispatcher.
import { createServer, type Server } from 'node:http';
import { Agent, fetch as undiciFetch, getGlobalDispatcher, request, setGlobalDispatcher, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacyNetverifyInterceptor } from '../../shim/interceptor.js';
import { legacyAuthBody, startEnv, type Env } from './helpers/env.js';

const LEGACY_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const KEYS = ['redirectUrl', 'timestamp', 'transactionReference'];

describe('legacyNetverifyInterceptor', () => {
  let env: Env;
  let agent: Dispatcher;
  let other: Server;
  let otherUrl: string;
  const seen: { method: string; url: string; body: string; headers: Record<string, unknown> }[] = [];
  beforeEach(async () => {
    env = await startEnv();
    agent = new Agent().compose(legacyNetverifyInterceptor({ adapter: env.adapter }));
    seen.length = 0;
    other = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
        res.writeHead(201, { 'content-type': 'text/plain', 'x-origin': 'other' }).end('from the real server');
      });
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
  });
  afterEach(async () => {
    await agent.close();
    await new Promise<void>((r) => other.close(() => r()));
    await env.close();
  });

  it('answers a legacy initiate made with undici.request', async () => {
    const seed = await env.seed();
    const res = await request(LEGACY_URL, {
      dispatcher: agent,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dG9rZW46c2VjcmV0' },
      body: JSON.stringify(legacyAuthBody(seed.enrollmentReference)),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys((await res.body.json()) as object).sort()).toEqual(KEYS);
    expect(env.emulator.journal().map((j) => j.route)).toEqual(['token', 'updateAccount']);
  });

  it('answers undici fetch (async-iterable body) and maps errors to legacy JSON', async () => {
    const seed = await env.seed();
    const ok = await undiciFetch(LEGACY_URL, { dispatcher: agent, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(legacyAuthBody(seed.enrollmentReference)) });
    expect(ok.status).toBe(200);
    expect(Object.keys((await ok.json()) as object).sort()).toEqual(KEYS);
    const bad = await undiciFetch(LEGACY_URL, { dispatcher: agent, method: 'POST', body: JSON.stringify(legacyAuthBody(seed.enrollmentReference, { successUrl: `https://m.example/${'a'.repeat(300)}` })) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ httpStatus: 400, field: 'successUrl' });
  });

  it('works for Node 20 global fetch through setGlobalDispatcher (npm undici 7)', async () => {
    const seed = await env.seed();
    const previous = getGlobalDispatcher();
    setGlobalDispatcher(agent);
    try {
      const res = await globalThis.fetch(LEGACY_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(legacyAuthBody(seed.enrollmentReference)) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { transactionReference: string };
      expect(Object.keys(body).sort()).toEqual(KEYS);
      // Retrieval through the same global fetch.
      const r = await globalThis.fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${body.transactionReference}`);
      expect(await r.json()).toMatchObject({ transactionReference: body.transactionReference, transactionResult: 'CREATED' });
      // The shim's own KYX calls did not loop back into the global dispatcher: exactly one token + PUT + GET.
      expect(env.emulator.journal().map((j) => j.route)).toEqual(['token', 'updateAccount', 'workflowDetails']);
    } finally {
      setGlobalDispatcher(previous);
    }
  });

  it('maps the legacy Basic user to its OAuth2 client (clientsByApiToken)', async () => {
    await env.close();
    const second = { clientId: 'second-client', clientSecret: 'second-secret-Lk2' };
    env = await startEnv({ emulator: { clients: [{ clientId: 'shim-test-client', clientSecret: 'oauth-secret-Zq81xv' }, second] } });
    const seed = await env.seed();
    const mapped = new Agent().compose(legacyNetverifyInterceptor({ adapter: env.adapter, clientsByApiToken: { 'team-b-token': second } }));
    const basic = (user: string) => `Basic ${Buffer.from(`${user}:whatever`).toString('base64')}`;
    for (const user of ['team-b-token', 'team-a-token']) {
      const res = await request(LEGACY_URL, { dispatcher: mapped, method: 'POST', headers: { authorization: basic(user), 'content-type': 'application/json' }, body: JSON.stringify(legacyAuthBody(seed.enrollmentReference)) });
      expect(res.statusCode).toBe(200);
      await res.body.dump();
    }
    // Two token requests: one per OAuth2 client (the mapped one, then the adapter's default).
    const tokens = env.emulator.journal().filter((j) => j.route === 'token');
    expect(tokens).toHaveLength(2);
    await mapped.close();
  });

  it('passes every other request through untouched (other hosts, and other paths or methods on a legacy host)', async () => {
    const res = await request(`${otherUrl}/api/authentication/v1/web/initiate?x=1`, {
      dispatcher: agent, method: 'POST', headers: { 'x-custom': 'kept', 'content-type': 'application/json' }, body: '{"a":1}',
    });
    expect([res.statusCode, res.headers['x-origin'], await res.body.text()]).toEqual([201, 'other', 'from the real server']);
    expect(seen).toEqual([expect.objectContaining({ method: 'POST', url: '/api/authentication/v1/web/initiate?x=1', body: '{"a":1}' })]);
    expect(seen[0].headers['x-custom']).toBe('kept');
    // A legacy host but not a shimmed route: goes down the chain (here: to a recorder that stands in for the network).
    const recorded: string[] = [];
    const recorder: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
      recorded.push(`${opts.method} ${String(opts.origin)}${opts.path}`);
      return dispatch({ ...opts, origin: otherUrl }, handler);
    };
    const chained = new Agent().compose(recorder, legacyNetverifyInterceptor({ adapter: env.adapter }));
    const img = await request('https://netverify.com/api/netverify/v2/authentications/abc/images/face', { dispatcher: chained });
    await img.body.dump();
    const get = await request(LEGACY_URL, { dispatcher: chained, method: 'GET' });
    await get.body.dump();
    expect(recorded).toEqual(['GET https://netverify.com/api/netverify/v2/authentications/abc/images/face', `GET https://lon.netverify.com/api/authentication/v1/web/initiate`]);
    await chained.close();
    expect(env.emulator.journal()).toEqual([]);
  });
});
