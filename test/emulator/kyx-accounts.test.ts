// Account create/update: validation naming each field, 404, one new execution per PUT, the WF9 precondition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { call, CLIENT, getToken } from './support/helpers.js';

let emu: Emulator;
let auth: Record<string, string>;
beforeAll(async () => {
  emu = await startEmulator({ clients: [CLIENT] });
  auth = { authorization: `Bearer ${await getToken(emu)}` };
});
afterAll(() => emu.close());

const valid = {
  customerInternalReference: 'cir-1',
  workflowDefinition: { key: 3 },
  userReference: 'user-1',
  reportingCriteria: 'rc',
  callbackUrl: 'https://example.com/cb',
  tokenLifetime: '30m',
  web: { successUrl: 'https://example.com/ok', errorUrl: 'https://example.com/err', locale: 'de' },
};

const create = (body: unknown) => call(`${emu.url}/api/v1/accounts`, { headers: auth, body });
const update = (id: string, body: unknown) => call(`${emu.url}/api/v1/accounts/${id}`, { method: 'PUT', headers: auth, body });

describe('POST /api/v1/accounts', () => {
  it('answers the documented response shape', async () => {
    const r = await create(valid);
    expect(r.status).toBe(200);
    expect(r.json.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(r.json.account.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.json.web.successUrl).toBe(valid.web.successUrl);
    expect(r.json.web.errorUrl).toBe(valid.web.errorUrl);
    const href = new URL(r.json.web.href);
    expect(href.origin).toBe(emu.url);
    expect(href.pathname).toBe('/web/v4/app');
    expect(href.searchParams.get('locale')).toBe('de');
    expect(href.searchParams.get('authorizationToken')).toBeTruthy();
    expect(typeof r.json.sdk.token).toBe('string');
    expect(r.json.workflowExecution.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.json.workflowExecution.credentials.map((c: { category: string }) => c.category).sort()).toEqual(['FACEMAP', 'ID', 'SELFIE']);
  });

  const cases: [string, (b: typeof valid) => unknown][] = [
    ['customerInternalReference', (b) => ({ ...b, customerInternalReference: undefined })],
    ['customerInternalReference', (b) => ({ ...b, customerInternalReference: 'x'.repeat(101) })],
    ['workflowDefinition', (b) => ({ ...b, workflowDefinition: undefined })],
    ['workflowDefinition.key', (b) => ({ ...b, workflowDefinition: { key: 4242 } })],
    ['workflowDefinition.key', (b) => ({ ...b, workflowDefinition: {} })],
    ['workflowDefinition.credentials[0].category', (b) => ({ ...b, workflowDefinition: { key: 3, credentials: [{ category: 'PHOTO' }] } })],
    ['userReference', (b) => ({ ...b, userReference: 'u'.repeat(101) })],
    ['userReference', (b) => ({ ...b, userReference: undefined, workflowDefinition: { key: 32 } })],
    ['reportingCriteria', (b) => ({ ...b, reportingCriteria: 'r'.repeat(256) })],
    ['callbackUrl', (b) => ({ ...b, callbackUrl: `https://example.com/${'c'.repeat(240)}` })],
    ['callbackUrl', (b) => ({ ...b, callbackUrl: 'not a url' })],
    ['web.successUrl', (b) => ({ ...b, web: { ...b.web, successUrl: `https://example.com/${'s'.repeat(240)}` } })],
    ['web.errorUrl', (b) => ({ ...b, web: { ...b.web, errorUrl: `https://example.com/${'e'.repeat(240)}` } })],
    ['web.locale', (b) => ({ ...b, web: { ...b.web, locale: 'xx' } })],
    ['web.locale', (b) => ({ ...b, web: { ...b.web, locale: 'sw' } })],
    ['tokenLifetime', (b) => ({ ...b, tokenLifetime: '30' })],
    ['tokenLifetime', (b) => ({ ...b, tokenLifetime: '4m' })],
    ['tokenLifetime', (b) => ({ ...b, tokenLifetime: '61d' })],
    ['tokenLifetime', (b) => ({ ...b, tokenLifetime: 30 })],
    ['userConsent', (b) => ({ ...b, userConsent: { userIp: '1.2.3.4', userLocation: { country: 'US' } } })],
  ];
  cases.forEach(([field, mutate], i) => {
    it(`400 naming ${field} (case ${i})`, async () => {
      const r = await create(mutate(valid));
      expect(r.status).toBe(400);
      expect(r.json.field).toBe(field);
      expect(r.json.message).toContain((field.split('.').pop() as string).replace(/\[\d+\]$/, ''));
      expect(r.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  it('accepts the token lifetime bounds and the new-only locales', async () => {
    for (const tokenLifetime of ['5m', '300s', '60d', '1h']) expect((await create({ ...valid, tokenLifetime })).status).toBe(200);
    for (const locale of ['ar', 'he', 'th', 'zh-HK', 'en-GB']) expect((await create({ ...valid, web: { locale } })).status).toBe(200);
  });

  it('400 for a body that is not JSON, naming body', async () => {
    const r = await create('{not json');
    expect(r.status).toBe(400);
    expect(r.json.field).toBe('body');
  });

  it('a rejected create leaves no account behind (a WF9 create is refused)', async () => {
    const r = await create({ ...valid, workflowDefinition: { key: 9 } });
    expect(r.status).toBe(400);
    expect(r.json.field).toBe('workflowDefinition.key');
  });

  it('requires userConsent only when configured to', async () => {
    const strict = await startEmulator({ clients: [CLIENT], requireUserConsent: true });
    try {
      const h = { authorization: `Bearer ${await getToken(strict)}` };
      const r = await call(`${strict.url}/api/v1/accounts`, { headers: h, body: valid });
      expect(r.status).toBe(400);
      expect(r.json.field).toBe('userConsent');
      const ok = await call(`${strict.url}/api/v1/accounts`, { headers: h, body: { ...valid, userConsent: { userIp: '203.0.113.9', userLocation: { country: 'DEU' } } } });
      expect(ok.status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('PUT /api/v1/accounts/{accountId}', () => {
  it('404 for an unknown account', async () => {
    const r = await update('00000000-0000-4000-8000-000000000000', valid);
    expect(r.status).toBe(404);
    expect(r.json.field).toBe('accountId');
  });

  it('validates like create', async () => {
    const { accountId } = await emu.seedAccount();
    const r = await update(accountId, { ...valid, web: { successUrl: `https://example.com/${'s'.repeat(300)}` } });
    expect(r.status).toBe(400);
    expect(r.json.field).toBe('web.successUrl');
  });

  it('each PUT creates a new workflow execution on the same account', async () => {
    const { accountId } = await emu.seedAccount();
    const a = await update(accountId, { ...valid, workflowDefinition: { key: 9 } });
    const b = await update(accountId, { ...valid, workflowDefinition: { key: 9 } });
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.json.account.id).toBe(accountId);
    expect(b.json.account.id).toBe(accountId);
    expect(a.json.workflowExecution.id).not.toBe(b.json.workflowExecution.id);
    expect(a.json.web.href).not.toBe(b.json.web.href);
    for (const r of [a, b]) {
      const s = await call(`${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${r.json.workflowExecution.id}/status`, { headers: auth });
      expect(s.json.workflowExecution.status).toBe('INITIATED');
    }
  });
});

describe('workflow 9 precondition: a facemap on file from a completed workflow 3 or 6', () => {
  it('refuses WF9 on an account whose WF3 has not completed, accepts it once it passed', async () => {
    const created = await create(valid);
    const accountId = created.json.account.id;
    const early = await update(accountId, { customerInternalReference: 'auth', workflowDefinition: { key: 9 } });
    expect(early.status).toBe(400);
    expect(early.json.field).toBe('workflowDefinition.key');
    expect(early.json.message).toMatch(/facemap/);
    await emu.finishWorkflow({ accountId, workflowExecutionId: created.json.workflowExecution.id }, 'PASSED');
    const later = await update(accountId, { customerInternalReference: 'auth', workflowDefinition: { key: 9 } });
    expect(later.status).toBe(200);
    expect(later.json.workflowExecution.credentials.map((c: { category: string }) => c.category).sort()).toEqual(['FACEMAP', 'SELFIE']);
  });

  it('a rejected WF3 leaves no usable facemap', async () => {
    const created = await create(valid);
    await emu.finishWorkflow({ workflowExecutionId: created.json.workflowExecution.id }, 'REJECTED');
    const r = await update(created.json.account.id, { customerInternalReference: 'auth', workflowDefinition: { key: 9 } });
    expect(r.status).toBe(400);
  });

  it('a completed WF6 is a facemap source too; WF10014 has the same precondition', async () => {
    const created = await create({ customerInternalReference: 'liveness', workflowDefinition: { key: 6 } });
    const accountId = created.json.account.id;
    expect((await update(accountId, { customerInternalReference: 'a', workflowDefinition: { key: 10014 } })).status).toBe(400);
    await emu.finishWorkflow({ workflowExecutionId: created.json.workflowExecution.id }, 'PASSED');
    expect((await update(accountId, { customerInternalReference: 'a', workflowDefinition: { key: 9 } })).status).toBe(200);
    expect((await update(accountId, { customerInternalReference: 'a', workflowDefinition: { key: 10014 } })).status).toBe(200);
  });

  it("accepts the transition guide's form with the enrollment's ID credential; rejects an unknown credential id by name", async () => {
    const seed = await emu.seedAccount();
    const good = await update(seed.accountId, {
      customerInternalReference: 'auth',
      workflowDefinition: { key: 9, credentials: [{ id: seed.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    });
    expect(good.status).toBe(200);
    const unknown = await update(seed.accountId, {
      customerInternalReference: 'auth',
      workflowDefinition: { key: 9, credentials: [{ id: '11111111-1111-4111-8111-111111111111', category: 'ID' }, { category: 'FACEMAP' }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.field).toBe('workflowDefinition.credentials[0].id');
    const wrongCategory = await update(seed.accountId, {
      customerInternalReference: 'auth',
      workflowDefinition: { key: 9, credentials: [{ id: seed.facemapCredentialId, category: 'ID' }] },
    });
    expect(wrongCategory.status).toBe(400);
    expect(wrongCategory.json.field).toBe('workflowDefinition.credentials[0].id');
  });
});
