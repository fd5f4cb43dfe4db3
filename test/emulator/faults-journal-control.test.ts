// Fault injection (each kind, before/after, times), the journal's redaction, and the HTTP control API.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { basic, call, CLIENT, getToken, startReceiver } from './support/helpers.js';

let emu: Emulator;
let auth: Record<string, string>;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ clients: [CLIENT] });
  token = await getToken(emu);
  auth = { authorization: `Bearer ${token}` };
});
afterAll(() => emu.close());
afterEach(() => {
  emu.clearFaults();
  emu.clearJournal();
});

const body = { customerInternalReference: 'cir', workflowDefinition: { key: 9 } };
const put = (accountId: string) => call(`${emu.url}/api/v1/accounts/${accountId}`, { method: 'PUT', headers: auth, body });
const executionsOf = (accountId: string) => emu.journal().filter((e) => e.route === 'updateAccount' && e.path.endsWith(accountId));

describe('faults', () => {
  it('status 503 before: nothing is created; times=1 then normal again', async () => {
    const { accountId } = await emu.seedAccount();
    emu.injectFault({ route: 'updateAccount', kind: 'status', status: 503, times: 1 });
    const r1 = await put(accountId);
    expect(emu.workflowExecutions(accountId)).toHaveLength(1);
    expect(r1.status).toBe(503);
    expect(r1.json.httpStatus).toBe(503);
    const r2 = await put(accountId);
    expect(r2.status).toBe(200);
    expect(emu.faults()).toEqual([]);
    const j = executionsOf(accountId);
    expect(j.map((e) => [e.status, e.fault])).toEqual([[503, 'status'], [200, undefined]]);
  });

  it("status 503 'after': the PUT created an execution although the client saw 503", async () => {
    const { accountId } = await emu.seedAccount();
    emu.injectFault({ route: 'updateAccount', kind: 'status', status: 503, when: 'after', times: 1 });
    const seeded = emu.workflowExecutions(accountId);
    expect(seeded.map((e) => e.definitionKey)).toEqual([3]);
    expect((await put(accountId)).status).toBe(503);
    const after = emu.workflowExecutions(accountId);
    expect(after.map((e) => [e.definitionKey, e.status])).toEqual([[3, 'PROCESSED'], [9, 'INITIATED']]);
    const ok = await put(accountId);
    expect(ok.status).toBe(200);
    expect(emu.workflowExecutions(accountId).map((e) => e.id)).toEqual([seeded[0].id, after[1].id, ok.json.workflowExecution.id]);
  });

  it('rate-limit: 429 with Retry-After in seconds or as an HTTP-date', async () => {
    emu.injectFault({ route: 'createAccount', kind: 'rate-limit', retryAfter: 2, times: 1 });
    const r = await call(`${emu.url}/api/v1/accounts`, { headers: auth, body: { ...body, workflowDefinition: { key: 3 } } });
    expect(r.status).toBe(429);
    expect(r.headers['retry-after']).toBe('2');
    const date = new Date(Date.now() + 3000).toUTCString();
    emu.injectFault({ route: 'token', kind: 'rate-limit', retryAfter: date, times: 1 });
    const t = await call(`${emu.url}/oauth2/token`, { headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) }, form: { grant_type: 'client_credentials' } });
    expect(t.status).toBe(429);
    expect(t.headers['retry-after']).toBe(date);
  });

  it('latency delays the answer (before and after)', async () => {
    const { accountId, enrollmentReference } = await emu.seedAccount();
    const path = `${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${enrollmentReference}/status`;
    emu.injectFault({ route: 'workflowStatus', kind: 'latency', ms: 300, times: 1 });
    let t0 = Date.now();
    expect((await call(path, { headers: auth })).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    t0 = Date.now();
    await call(path, { headers: auth });
    expect(Date.now() - t0).toBeLessThan(250);
    emu.injectFault({ route: 'workflowStatus', kind: 'latency', ms: 300, when: 'after', times: 1 });
    t0 = Date.now();
    expect((await call(path, { headers: auth })).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it("reset: the connection is reset; 'after' still creates the execution", async () => {
    const { accountId } = await emu.seedAccount();
    emu.injectFault({ route: 'updateAccount', kind: 'reset', when: 'after', times: 1 });
    await expect(put(accountId)).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|UND_ERR_SOCKET/) });
    const entry = executionsOf(accountId)[0];
    expect(entry).toMatchObject({ status: 0, fault: 'reset' });
    expect(emu.workflowExecutions(accountId)).toHaveLength(2);
    emu.injectFault({ route: 'updateAccount', kind: 'reset', times: 1 });
    await expect(put(accountId)).rejects.toBeTruthy();
    expect(emu.workflowExecutions(accountId)).toHaveLength(2);
    expect((await put(accountId)).status).toBe(200);
    expect(emu.workflowExecutions(accountId)).toHaveLength(3);
  });

  it('token-expiry: every token issued so far is refused; a new token works', async () => {
    const { accountId } = await emu.seedAccount();
    const old = await getToken(emu);
    emu.injectFault({ kind: 'token-expiry', times: 1 });
    const r = await call(`${emu.url}/api/v1/accounts/${accountId}`, { method: 'PUT', headers: { authorization: `Bearer ${old}` }, body });
    expect(r.status).toBe(401);
    expect(emu.journal().find((e) => e.route === 'updateAccount')).toMatchObject({ status: 401, fault: 'token-expiry' });
    const fresh = await getToken(emu);
    expect((await call(`${emu.url}/api/v1/accounts/${accountId}`, { method: 'PUT', headers: { authorization: `Bearer ${fresh}` }, body })).status).toBe(200);
    token = fresh;
    auth = { authorization: `Bearer ${fresh}` };
  });

  it("faults apply only to their route; '*' to every route; unlimited until cleared", async () => {
    emu.injectFault({ route: 'workflowDetails', kind: 'status', status: 500 });
    const { accountId, enrollmentReference } = await emu.seedAccount();
    expect((await call(`${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${enrollmentReference}/status`, { headers: auth })).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await call(`${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${enrollmentReference}`, { headers: auth })).status).toBe(500);
    emu.clearFaults();
    emu.injectFault({ route: '*', kind: 'status', status: 502, retryAfter: 1, times: 2 });
    const a = await call(`${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${enrollmentReference}/status`, { headers: auth });
    expect(a.status).toBe(502);
    expect(a.headers['retry-after']).toBe('1');
    expect((await call(`${emu.url}/oauth2/token`, { form: { grant_type: 'client_credentials' } })).status).toBe(502);
    expect((await call(`${emu.url}/oauth2/token`, { form: { grant_type: 'client_credentials' } })).status).toBe(401);
  });

  it('rejects malformed faults', () => {
    expect(() => emu.injectFault({ kind: 'status', status: 200 } as never)).toThrow(/status/);
    expect(() => emu.injectFault({ kind: 'explode' } as never)).toThrow(/kind/);
    expect(() => emu.injectFault({ kind: 'reset', times: 0 })).toThrow(/times/);
  });
});

describe('journal', () => {
  it('records method, path without query, scheme-only Authorization, parsed body, status, time — never a secret', async () => {
    const receiver = await startReceiver();
    try {
      const fresh = await getToken(emu);
      const { accountId } = await emu.seedAccount();
      const put1 = await call(`${emu.url}/api/v1/accounts/${accountId}?debug=${fresh}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${fresh}`, 'user-agent': 'Acme App/1.0' },
        body: { ...body, callbackUrl: `${receiver.url}/cb`, web: { successUrl: 'https://example.com/ok' }, tokenLifetime: '1h' },
      });
      expect(put1.status).toBe(200);
      const href = put1.json.web.href as string;
      await call(href);
      await call(`${emu.url}/oauth2/token`, { headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) }, form: { grant_type: 'client_credentials', client_secret: 'in-body-secret' } });
      const j = emu.journal();
      const tokenEntry = j.find((e) => e.route === 'token');
      expect(tokenEntry).toMatchObject({ method: 'POST', path: '/oauth2/token', status: 200, headers: { authorization: 'Basic' } });
      const putEntry = j.find((e) => e.route === 'updateAccount');
      expect(putEntry).toMatchObject({
        method: 'PUT',
        path: `/api/v1/accounts/${accountId}`,
        status: 200,
        headers: { authorization: 'Bearer', 'user-agent': 'Acme App/1.0', 'content-type': 'application/json' },
        body: { web: { successUrl: 'https://example.com/ok' }, tokenLifetime: '1h', workflowDefinition: { key: 9 } },
      });
      expect(putEntry?.time).toMatch(/Z$/);
      const page = j.find((e) => e.route === 'webClient');
      expect(page?.path).toBe('/web/v4/app');
      const dump = JSON.stringify(j);
      const pageToken = new URL(href).searchParams.get('authorizationToken') as string;
      for (const secret of [fresh, CLIENT.clientSecret, Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64'), 'in-body-secret', pageToken]) {
        expect(dump).not.toContain(secret);
      }
      expect(dump).not.toContain('?');
    } finally {
      await receiver.close();
    }
  });

  it('keeps the newest journalLimit entries; 0 records nothing', async () => {
    const small = await startEmulator({ clients: [CLIENT], journalLimit: 10 });
    const none = await startEmulator({ clients: [CLIENT], journalLimit: 0 });
    try {
      for (let i = 0; i < 25; i++) await call(`${small.url}/nothing/${i}`);
      const j = small.journal();
      expect(j.length).toBeGreaterThanOrEqual(10);
      expect(j.length).toBeLessThanOrEqual(11);
      expect(j[j.length - 1].path).toBe('/nothing/24');
      await call(`${none.url}/nothing`);
      expect(none.journal()).toEqual([]);
    } finally {
      await small.close();
      await none.close();
    }
  });

  it('unknown routes are journaled with route null and 404; control calls are not journaled', async () => {
    await call(`${emu.url}/api/v2/nothing`);
    await call(`${emu.url}/__control/journal`);
    expect(emu.journal().map((e) => [e.route, e.status, e.path])).toEqual([[null, 404, '/api/v2/nothing']]);
  });
});

describe('control API over HTTP', () => {
  it('seed, finish with callback, faults, journal, web outcome, reset', async () => {
    const receiver = await startReceiver();
    try {
      const info = await call(`${emu.url}/__control`);
      const ex = await call(`${emu.url}/__control/executions/unknown-account`);
      expect(ex.json).toEqual([]);
      expect(info.json.mode).toBe('kyx');
      const seed = await call(`${emu.url}/__control/seed`, { body: { userReference: 'u-ctl' } });
      expect(seed.status).toBe(200);
      expect(Object.keys(seed.json).sort()).toEqual(['accountId', 'enrollmentReference', 'facemapCredentialId', 'idCredentialId']);
      expect((await call(`${emu.url}/__control/seed`, { body: { enrollmentReference: 42 } })).status).toBe(400);
      const chosen = await call(`${emu.url}/__control/seed`, { body: { enrollmentReference: 'ENR-CTL-1' } });
      expect(chosen.json.enrollmentReference).toBe('ENR-CTL-1');
      expect((await call(`${emu.url}/__control/seed`, { body: { enrollmentReference: 'ENR-CTL-1' } })).status).toBe(409);
      const r = await call(`${emu.url}/api/v1/accounts/${seed.json.accountId}`, { method: 'PUT', headers: auth, body: { ...body, callbackUrl: `${receiver.url}/cb` } });
      const fin = await call(`${emu.url}/__control/finish`, { body: { accountId: seed.json.accountId, workflowExecutionId: r.json.workflowExecution.id, outcome: 'REJECTED' } });
      expect(fin.status).toBe(200);
      expect(fin.json).toEqual({ callbackStatus: 200 });
      const listed = await call(`${emu.url}/__control/executions/${seed.json.accountId}`);
      expect(listed.json.map((e: { status: string }) => e.status)).toEqual(['PROCESSED', 'PROCESSED']);
      expect((await call(`${emu.url}/__control/finish`, { body: { workflowExecutionId: r.json.workflowExecution.id, outcome: 'REJECTED' } })).status).toBe(409);
      expect((await call(`${emu.url}/__control/finish`, { body: { workflowExecutionId: 'nope', outcome: 'PASSED' } })).status).toBe(404);
      expect((await call(`${emu.url}/__control/finish`, { body: { workflowExecutionId: 'x', outcome: 'MAYBE' } })).status).toBe(400);

      const f = await call(`${emu.url}/__control/faults`, { body: { route: 'createAccount', kind: 'status', status: 500, times: 1 } });
      expect(f.status).toBe(201);
      expect((await call(`${emu.url}/__control/faults`)).json).toEqual([{ route: 'createAccount', kind: 'status', status: 500, times: 1 }]);
      expect((await call(`${emu.url}/__control/faults`, { body: { kind: 'nope' } })).status).toBe(400);
      expect((await call(`${emu.url}/api/v1/accounts`, { headers: auth, body: { ...body, workflowDefinition: { key: 3 } } })).status).toBe(500);
      await call(`${emu.url}/__control/faults`, { body: { kind: 'latency', ms: 1 } });
      expect((await call(`${emu.url}/__control/faults`, { method: 'DELETE' })).status).toBe(204);
      expect(emu.faults()).toEqual([]);

      const journal = await call(`${emu.url}/__control/journal`);
      expect(journal.json.some((e: { route: string }) => e.route === 'updateAccount')).toBe(true);
      expect((await call(`${emu.url}/__control/journal`, { method: 'DELETE' })).status).toBe(204);
      expect(emu.journal()).toEqual([]);

      expect((await call(`${emu.url}/__control/web-outcome`, { body: { outcome: 'error', errorCode: 9210 } })).status).toBe(204);
      const again = await call(`${emu.url}/api/v1/accounts/${seed.json.accountId}`, { method: 'PUT', headers: auth, body });
      const page = await call(again.json.web.href);
      expect(page.text).toContain('"outcome":"error","errorCode":9210');
      expect((await call(`${emu.url}/__control/web-outcome`, { body: { outcome: 'maybe' } })).status).toBe(400);
      expect((await call(`${emu.url}/__control/reset`, { method: 'POST' })).status).toBe(204);
      expect((await call(`${emu.url}/__control/nothing`)).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });
});
