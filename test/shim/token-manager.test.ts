// Token manager: refresh ahead of expiry, single flight, key = every credential/scope value, no refresh storm.
import { createServer, type Server } from 'node:http';
import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenManager } from '../../shim/token-manager.js';

describe('TokenManager over loopback HTTP', () => {
  let server: Server;
  let url: string;
  let requests: { auth: string; body: string }[];
  let reply: () => Record<string, unknown>;
  let n: number;
  let agent: Agent;
  let now: number;
  const tm = (extra = {}) => new TokenManager({ tokenUrl: url, dispatcher: agent, userAgent: 't', now: () => now, ...extra });
  beforeEach(async () => {
    requests = [];
    n = 0;
    now = 1_000_000;
    reply = () => ({ access_token: `tok-${++n}`, expires_in: 100, token_type: 'Bearer' });
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        requests.push({ auth: req.headers.authorization ?? '', body });
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply())), 20);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/oauth2/token`;
    agent = new Agent();
  });
  afterEach(async () => {
    await agent.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const client = { clientId: 'c', clientSecret: 's' };

  it('sends client credentials over Basic with grant_type=client_credentials, one request for concurrent callers', async () => {
    const m = tm();
    const tokens = await Promise.all(Array.from({ length: 50 }, () => m.getToken(client)));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(requests).toHaveLength(1);
    expect(requests[0].auth).toBe(`Basic ${Buffer.from('c:s').toString('base64')}`);
    expect(requests[0].body).toBe('grant_type=client_credentials');
  });

  it('refreshes ahead of expiry in the background, serving the current token meanwhile', async () => {
    const m = tm();
    expect(await m.getToken(client)).toBe('tok-1');
    now += 40_000; // lifetime 100 s → refresh window starts at 50 s (minus jitter ≤ 5 s)
    expect(await m.getToken(client)).toBe('tok-1');
    expect(requests).toHaveLength(1);
    now += 15_000; // 55 s: inside the window
    expect(await m.getToken(client)).toBe('tok-1'); // no wait
    expect(await m.getToken(client)).toBe('tok-1');
    await new Promise((r) => setTimeout(r, 80));
    expect(requests).toHaveLength(2); // exactly one background refresh
    expect(await m.getToken(client)).toBe('tok-2');
    now += 200_000; // long past expiry: awaits a fresh one
    expect(await m.getToken(client)).toBe('tok-3');
  });

  it('no refresh storm when the server reissues the same token until its fixed expiry (google-auth-python #581)', async () => {
    const expiry = now + 10_000;
    reply = () => ({ access_token: 'same', expires_in: Math.max(1, Math.round((expiry - now) / 1000)), token_type: 'Bearer' });
    const m = tm();
    await m.getToken(client);
    for (let i = 0; i < 100; i++) {
      now += 90;
      await m.getToken(client);
      await new Promise((r) => setTimeout(r, 3));
    }
    // Refreshes only as the remaining lifetime halves, plus the minimum interval between background refreshes.
    expect(requests.length).toBeLessThanOrEqual(4);
  });

  it('keys the cache by every credential and scope value', async () => {
    const m = tm();
    await m.getToken(client);
    await m.getToken({ clientId: 'c', clientSecret: 'other' });
    await m.getToken({ clientId: 'c', clientSecret: 's', scope: 'x' });
    await m.getToken(client);
    expect(requests).toHaveLength(3);
    expect(requests[2].body).toBe('grant_type=client_credentials&scope=x');
  });

  it('invalidate is compare-and-set: a stale token does not evict a newer one', async () => {
    const m = tm();
    const first = await m.getToken(client);
    m.invalidate(client, first);
    const second = await m.getToken(client);
    expect(second).toBe('tok-2');
    m.invalidate(client, first); // late 401 for the old token
    expect(await m.getToken(client)).toBe('tok-2');
    expect(requests).toHaveLength(2);
  });

  it('without expires_in, caches for the default lifetime only', async () => {
    reply = () => ({ access_token: `t${++n}`, token_type: 'Bearer' });
    const m = tm({ defaultLifetimeMs: 1000 });
    expect(await m.getToken(client)).toBe('t1');
    now += 1001;
    expect(await m.getToken(client)).toBe('t2');
  });
});
