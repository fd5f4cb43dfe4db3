// The structured logs of a full run never hold a secret, a token or a URL query string.
import { Agent, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, sanitize, stripQueries } from '../../shim/logger.js';
import { BASIC, CALLER, freePort, startProxy, type ProxyHarness } from './helpers/proxy.js';
import { plainRequest } from './helpers/http.js';
import { CLIENT, legacyAuthBody, startEnv, type Env } from './helpers/env.js';

describe('logs never hold secrets', () => {
  let env: Env;
  let h: ProxyHarness;
  const bearerTokens = new Set<string>();
  let kyxAgent: Dispatcher;
  beforeEach(async () => {
    env = await startEnv();
    // Record the bearer tokens the shim sends, so the test knows every token it must not find in the logs.
    const recorder: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
      const auth = (opts.headers as Record<string, string> | undefined)?.authorization ?? '';
      if (auth.startsWith('Bearer ')) bearerTokens.add(auth.slice(7));
      return dispatch(opts, handler);
    };
    kyxAgent = new Agent().compose(recorder);
    const port = await freePort();
    h = await startProxy(env.store, env.emulator.url, {
      publicUrl: `http://127.0.0.1:${port}`,
      callbackRewrite: { 'https://merchant.example': env.emulator.url },
      allowPrivateCallbackTargets: true,
    }, { port, kyxDispatcher: kyxAgent });
  });
  afterEach(async () => {
    await h.proxy.close(1000);
    await kyxAgent.close();
    await env.close();
  });

  it('a full run: initiate, replay, errors, retrieval, callback relay, token expiry', async () => {
    const seed = await env.seed();
    const headers = { authorization: BASIC, 'content-type': 'application/json' };
    const secretCallback = 'https://merchant.example/jumio/callback?sig=callback-query-secret-55';
    const body = legacyAuthBody(seed.enrollmentReference, { callbackUrl: secretCallback });
    const first = await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate?apikey=query-secret-99`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect(first.status).toBe(200);
    const { redirectUrl, transactionReference } = first.json() as { redirectUrl: string; transactionReference: string };
    const authorizationToken = new URL(redirectUrl).searchParams.get('authorizationToken');
    expect(authorizationToken).toBeTruthy();
    await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, { method: 'POST', headers, body: JSON.stringify(body) });
    await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, { method: 'POST', headers: { ...headers, authorization: `Basic ${Buffer.from(`${CALLER.apiToken}:wrong-${CALLER.apiSecret}`).toString('base64')}` }, body: '{}' });
    env.emulator.injectFault({ route: 'updateAccount', kind: 'token-expiry', times: 1 });
    await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, { method: 'POST', headers, body: JSON.stringify({ ...body, userReference: 'second' }) });
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 503, when: 'after', times: 1 });
    await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, { method: 'POST', headers, body: JSON.stringify({ ...body, userReference: 'third' }) });
    await plainRequest(`${h.proxy.url}/api/netverify/v2/authentications/${transactionReference}?token=query-secret-77`, { headers: { authorization: BASIC } });
    await env.emulator.finishWorkflow({ accountId: seed.accountId, workflowExecutionId: transactionReference }, 'PASSED');
    await h.proxy.outbox.kick();
    await new Promise((r) => setTimeout(r, 100));

    const logs = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(10);
    expect(logs).toContain('proxy.request');
    expect(bearerTokens.size).toBeGreaterThanOrEqual(2);
    const secrets = [
      CALLER.apiSecret, CALLER.apiToken, BASIC.slice(6), CLIENT.clientSecret, authorizationToken!, ...bearerTokens,
      'query-secret-99', 'query-secret-77', 'callback-query-secret-55',
      Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64'),
    ];
    for (const secret of secrets) expect(logs.includes(secret), `log leaks ${secret.slice(0, 4)}…`).toBe(false);
    for (const line of h.logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('logger redaction', () => {
  it('drops secret-named keys and URL query strings, keeps the rest', () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l) });
    log.info('x', { clientSecret: 's3', authorization: 'Bearer t', url: 'https://a.example/p?authorizationToken=abc', nested: { access_token: 'zz', ok: 1 }, status: 200 });
    const rec = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(rec).toMatchObject({ level: 'info', event: 'x', clientSecret: '[redacted]', authorization: '[redacted]', url: 'https://a.example/p?[redacted]', nested: { access_token: '[redacted]', ok: 1 }, status: 200 });
    expect(stripQueries('GET /api/x?token=1 done')).toBe('GET /api/x?[redacted] done');
    expect(sanitize(new Error('failed https://h/x?k=v'))).toMatchObject({ message: 'failed https://h/x?[redacted]' });
  });
});
