// Before/after: the same legacy request sent to the legacy Netverify emulator and to the shim (over KYX) must get
// answers of the same shape — what the legacy integration sees does not change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { BASIC, CALLER, startProxy, type ProxyHarness } from './helpers/proxy.js';
import { plainRequest } from './helpers/http.js';
import { legacyAuthBody, startEnv, type Env } from './helpers/env.js';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const shape = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? 'array' : typeof x]));

describe('legacy emulator vs shim over KYX: same legacy shapes', () => {
  let env: Env;
  let legacy: Emulator;
  let h: ProxyHarness;
  let ref: string;
  beforeEach(async () => {
    env = await startEnv();
    legacy = await startEmulator({ port: 0, mode: 'legacy', clients: [{ clientId: CALLER.apiToken, clientSecret: CALLER.apiSecret }] });
    h = await startProxy(env.store, env.emulator.url);
    ref = (await env.seed()).enrollmentReference;
    await legacy.seedAccount({ enrollmentReference: ref });
  });
  afterEach(async () => {
    await h.proxy.close(1000);
    await legacy.close();
    await env.close();
  });

  const post = (origin: string, body: unknown) =>
    plainRequest(`${origin}/api/authentication/v1/web/initiate`, {
      method: 'POST', headers: { authorization: BASIC, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'Acme Backend/2.3' },
      body: JSON.stringify(body),
    });

  it('initiate: same status, fields and types', async () => {
    const [before, after] = await Promise.all([post(legacy.url, legacyAuthBody(ref)), post(h.proxy.url, legacyAuthBody(ref))]);
    expect([before.status, after.status]).toEqual([200, 200]);
    const b = before.json() as Record<string, string>, a = after.json() as Record<string, string>;
    expect(shape(a)).toEqual(shape(b));
    for (const r of [a, b]) {
      expect(r.timestamp).toMatch(ISO_MS);
      expect(r.transactionReference.length).toBeLessThanOrEqual(36);
      expect(new URL(r.redirectUrl).searchParams.get('authorizationToken')).toBeTruthy();
    }
  });

  it('retrieval of a fresh transaction: same fields and types', async () => {
    const b = (await post(legacy.url, legacyAuthBody(ref))).json() as { transactionReference: string };
    const a = (await post(h.proxy.url, legacyAuthBody(ref))).json() as { transactionReference: string };
    const [before, after] = await Promise.all([
      plainRequest(`${legacy.url}/api/netverify/v2/authentications/${b.transactionReference}`, { headers: { authorization: BASIC, accept: 'application/json' } }),
      plainRequest(`${h.proxy.url}/api/netverify/v2/authentications/${a.transactionReference}`, { headers: { authorization: BASIC, accept: 'application/json' } }),
    ]);
    expect([before.status, after.status]).toEqual([200, 200]);
    const bj = before.json() as Record<string, unknown>, aj = after.json() as Record<string, unknown>;
    expect(shape(aj)).toEqual(shape(bj));
    expect([aj.transactionResult, aj.enrollmentTransactionReference]).toEqual([bj.transactionResult, ref]);
  });

  it('errors: unknown enrollment and missing credentials answer the same status', async () => {
    const unknown = legacyAuthBody('5d0c8a4e-0000-4000-8000-00000000beef');
    const [b404, a404] = await Promise.all([post(legacy.url, unknown), post(h.proxy.url, unknown)]);
    expect(a404.status).toBe(b404.status);
    expect(Object.keys(a404.json() as object).sort()).toEqual(Object.keys(b404.json() as object).filter((k) => k !== 'errors').sort());
    expect((a404.json() as { field: string }).field).toBe((b404.json() as { field: string }).field);
    const noAuth = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(legacyAuthBody(ref)) };
    const [b401, a401] = await Promise.all([
      plainRequest(`${legacy.url}/api/authentication/v1/web/initiate`, noAuth),
      plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, noAuth),
    ]);
    expect(a401.status).toBe(b401.status);
  });
});
