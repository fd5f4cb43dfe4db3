// The web-client page: its script is run (node:vm) with a stand-in parent window that records postMessage and a
// location that records the iFrame's navigation; the page's report call goes to the real emulator over HTTP.
// The real-browser run is the browser helper's test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { basic, call, CLIENT, getToken } from './support/helpers.js';

interface PageRun {
  events: Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  targets: string[];
  navigatedTo?: string;
  status: number;
  html: string;
}

/** Load the page like an iFrame would and run its script until it navigates (or settles). */
async function runPage(href: string, opts: { inFrame?: boolean } = {}): Promise<PageRun> {
  const res = await call(href);
  const script = /<script>([\s\S]*?)<\/script>/.exec(res.text)?.[1];
  if (!script) throw new Error('no script in the page');
  const origin = new URL(href).origin;
  const run: PageRun = { events: [], targets: [], status: res.status, html: res.text };
  const parent = {
    postMessage(data: unknown, target: string) {
      if (typeof data !== 'string') throw new Error('event.data must be a JSON string');
      run.events.push(JSON.parse(data));
      run.targets.push(target);
    },
  };
  const window: Record<string, unknown> = {
    location: {
      set href(v: string) {
        run.navigatedTo = v;
      },
    },
  };
  window.parent = opts.inFrame === false ? window : parent;
  const document = { getElementById: () => ({ textContent: '' }) };
  const pageFetch = (path: string, init: RequestInit) => fetch(new URL(path, origin), init);
  runInNewContext(script, { window, document, fetch: pageFetch, setTimeout, JSON, Date });
  // Wait for the navigation; when none comes, settle 300 ms after the outcome event (the page navigates 100 ms
  // after it) — or after 2 s in any case.
  let finalAt: number | undefined;
  for (let i = 0; i < 100 && run.navigatedTo === undefined; i++) {
    await sleep(20);
    if (finalAt === undefined && (run.events.length >= 2 || opts.inFrame === false)) finalAt = Date.now();
    if (finalAt !== undefined && Date.now() - finalAt > 300) break;
  }
  return run;
}

describe('KYX web client page', () => {
  let emu: Emulator;
  let auth: Record<string, string>;
  beforeAll(async () => {
    emu = await startEmulator({ clients: [CLIENT] });
    auth = { authorization: `Bearer ${await getToken(emu)}` };
  });
  afterAll(() => emu.close());

  async function start(web: Record<string, unknown> = { successUrl: 'https://shop.example/ok?step=3', errorUrl: 'https://shop.example/err' }) {
    const seed = await emu.seedAccount();
    const r = await call(`${emu.url}/api/v1/accounts/${seed.accountId}`, { method: 'PUT', headers: auth, body: { customerInternalReference: 'cir-web', workflowDefinition: { key: 9 }, web } });
    return { accountId: seed.accountId, wex: r.json.workflowExecution.id as string, href: r.json.web.href as string };
  }

  it('posts loaded then success with the new event fields, navigates to successUrl, marks ACQUIRED', async () => {
    const { accountId, wex, href } = await start();
    const token = new URL(href).searchParams.get('authorizationToken');
    const run = await runPage(href);
    expect(run.status).toBe(200);
    expect(run.events.map((e) => e.payload)).toEqual([{ value: 'loaded' }, { value: 'success' }]);
    for (const e of run.events) {
      expect(Object.keys(e).sort()).toEqual(['accountId', 'authorizationToken', 'customerInternalReference', 'dateTime', 'eventType', 'payload', 'workflowExecutionId']);
      expect(e).toMatchObject({ accountId, workflowExecutionId: wex, authorizationToken: token, customerInternalReference: 'cir-web', eventType: 510 });
      expect(e.dateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(e.transactionReference).toBeUndefined();
    }
    expect(run.targets).toEqual(['*', '*']);
    const to = new URL(run.navigatedTo as string);
    expect(to.origin + to.pathname).toBe('https://shop.example/ok');
    expect(Object.fromEntries(to.searchParams)).toEqual({ step: '3', acquisitionStatus: 'SUCCESS', workflowExecutionId: wex, accountId, customerInternalReference: 'cir-web' });
    const s = await call(`${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${wex}/status`, { headers: auth });
    expect(s.json.workflowExecution.status).toBe('ACQUIRED');
    // The token is used up: loading the page again reports 9200.
    const again = await runPage(href);
    expect(again.events[1].payload).toEqual({ value: 'error', metainfo: { code: 9200 } });
    expect(new URL(again.navigatedTo as string).searchParams.get('errorCode')).toBe('9200');
  });

  it('steered by setWebOutcome (per execution): error with a code, to errorUrl; the workflow stays INITIATED', async () => {
    const { accountId, wex, href } = await start();
    emu.setWebOutcome({ workflowExecutionId: wex, outcome: 'error', errorCode: 9836, delayMs: 0 });
    const run = await runPage(href);
    expect(run.events.map((e) => e.payload)).toEqual([{ value: 'loaded' }, { value: 'error', metainfo: { code: 9836 } }]);
    const to = new URL(run.navigatedTo as string);
    expect(to.origin + to.pathname).toBe('https://shop.example/err');
    expect(Object.fromEntries(to.searchParams)).toEqual({ acquisitionStatus: 'ERROR', workflowExecutionId: wex, accountId, customerInternalReference: 'cir-web', errorCode: '9836' });
    const s = await call(`${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${wex}/status`, { headers: auth });
    expect(s.json.workflowExecution.status).toBe('INITIATED');
  });

  it('steered by the emulatorOutcome query parameter, over the control setting', async () => {
    const { href } = await start();
    emu.setWebOutcome({ outcome: 'success' });
    const run = await runPage(`${href}&emulatorOutcome=error&emulatorErrorCode=9820`);
    expect(run.events[1].payload).toEqual({ value: 'error', metainfo: { code: 9820 } });
    emu.setWebOutcome({ outcome: 'error' });
    const other = await start();
    const def = await runPage(other.href);
    expect(def.events[1].payload).toEqual({ value: 'error', metainfo: { code: 9100 } });
    emu.setWebOutcome({ outcome: 'success' });
  });

  it('without successUrl the page stays (no navigation); standalone (no parent) it posts nothing', async () => {
    const { href } = await start({});
    const run = await runPage(href);
    expect(run.events).toHaveLength(2);
    expect(run.navigatedTo).toBeUndefined();
    const { href: h2 } = await start({ successUrl: 'https://shop.example/ok' });
    const alone = await runPage(h2, { inFrame: false });
    expect(alone.events).toEqual([]);
    expect(alone.navigatedTo).toMatch(/^https:\/\/shop\.example\/ok\?acquisitionStatus=SUCCESS/);
  });

  it('never navigates to a non-web URL; rejects malformed outcomes; clearWebOutcomes restores success', async () => {
    const { href } = await start({ successUrl: 'javascript:alert(1)' });
    const run = await runPage(href);
    expect(run.events[1].payload.value).toBe('success');
    expect(run.navigatedTo).toBeUndefined();
    expect(() => emu.setWebOutcome({ outcome: 'error', errorCode: 1.5 })).toThrow(/errorCode/);
    expect(() => emu.setWebOutcome({ outcome: 'error', delayMs: -1 })).toThrow(/delayMs/);
    emu.setWebOutcome({ outcome: 'error' });
    emu.clearWebOutcomes();
    const after = await runPage((await start()).href);
    expect(after.events[1].payload).toEqual({ value: 'success' });
  });

  it('an unknown authorization token: 401 page posting error 9200, no navigation', async () => {
    const run = await runPage(`${emu.url}/web/v4/app?authorizationToken=bogus&locale=de`);
    expect(run.status).toBe(401);
    expect(run.events.map((e) => e.payload)).toEqual([{ value: 'loaded' }, { value: 'error', metainfo: { code: 9200 } }]);
    expect(run.navigatedTo).toBeUndefined();
    expect(run.html).toContain('lang="de"');
  });

  it('escapes values in the inline script (no markup injection through customerInternalReference)', async () => {
    const seed = await emu.seedAccount();
    const evil = '</script><script>alert(1)</script>';
    const r = await call(`${emu.url}/api/v1/accounts/${seed.accountId}`, { method: 'PUT', headers: auth, body: { customerInternalReference: evil, workflowDefinition: { key: 9 } } });
    const page = await call(r.json.web.href);
    expect(page.text).not.toContain(evil);
    const run = await runPage(r.json.web.href);
    expect(run.events[0].customerInternalReference).toBe(evil);
  });
});

describe('legacy web client page', () => {
  let emu: Emulator;
  const auth = { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) };
  beforeAll(async () => {
    emu = await startEmulator({ mode: 'legacy', clients: [CLIENT] });
  });
  afterAll(() => emu.close());

  it('Authentication: legacy events (transactionReference, no accountId or customerInternalReference) and legacy redirect parameters', async () => {
    const { enrollmentReference } = await emu.seedAccount();
    const r = await call(`${emu.url}/api/authentication/v1/web/initiate`, {
      headers: auth,
      body: { enrollmentTransactionReference: enrollmentReference, callbackUrl: 'https://shop.example/cb', successUrl: 'https://shop.example/ok', errorUrl: 'https://shop.example/err' },
    });
    const ref = r.json.transactionReference;
    const run = await runPage(r.json.redirectUrl);
    expect(run.events.map((e) => e.payload.value)).toEqual(['loaded', 'success']);
    for (const e of run.events) {
      expect(Object.keys(e).sort()).toEqual(['authorizationToken', 'dateTime', 'eventType', 'payload', 'transactionReference']);
      expect(e.transactionReference).toBe(ref);
      expect(e.eventType).toBe(510);
    }
    expect(Object.fromEntries(new URL(run.navigatedTo as string).searchParams)).toEqual({ transactionStatus: 'SUCCESS', transactionReference: ref });
    const ret = await call(`${emu.url}/api/netverify/v2/authentications/${ref}`, { headers: auth });
    expect(ret.json.transactionResult).toBe('STARTED');
  });

  it('v4 (enrolment): events and redirect carry customerInternalReference; errors carry errorCode', async () => {
    const r = await call(`${emu.url}/api/v4/initiate`, { headers: auth, body: { customerInternalReference: 'cir-v4', userReference: 'u', errorUrl: 'https://shop.example/err' } });
    emu.setWebOutcome({ workflowExecutionId: r.json.transactionReference, outcome: 'error', errorCode: 9821 });
    const run = await runPage(r.json.redirectUrl);
    expect(run.events[1]).toMatchObject({ transactionReference: r.json.transactionReference, customerInternalReference: 'cir-v4', payload: { value: 'error', metainfo: { code: 9821 } } });
    expect(Object.fromEntries(new URL(run.navigatedTo as string).searchParams)).toEqual({
      transactionStatus: 'ERROR',
      transactionReference: r.json.transactionReference,
      customerInternalReference: 'cir-v4',
      errorCode: '9821',
    });
  });
});
