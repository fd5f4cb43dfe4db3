// Legacy Netverify mode: Basic auth, initiate (both paths) and v4 initiate with legacy validation, retrieval,
// the form-encoded callbacks, and the 15-minute supersede rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { basic, call, CLIENT, startReceiver } from './support/helpers.js';

let emu: Emulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const auth = { authorization: basic(CLIENT.clientId, CLIENT.clientSecret), 'user-agent': 'Acme Backend/2.1' };
beforeAll(async () => {
  emu = await startEmulator({ mode: 'legacy', clients: [CLIENT] });
  receiver = await startReceiver();
});
afterAll(async () => {
  await emu.close();
  await receiver.close();
});

const initiate = (body: unknown, path = '/api/authentication/v1/web/initiate', headers: Record<string, string> = auth) => call(`${emu.url}${path}`, { headers, body });
const retrieve = (ref: string, headers: Record<string, string> = auth) => call(`${emu.url}/api/netverify/v2/authentications/${ref}`, { headers });

async function validBody(extra: Record<string, unknown> = {}) {
  const { enrollmentReference } = await emu.seedAccount({ userReference: 'user-1' });
  return { enrollmentTransactionReference: enrollmentReference, callbackUrl: `${receiver.url}/netverify/cb`, userReference: 'user-1', ...extra };
}

describe('legacy Authentication initiate', () => {
  it('answers {timestamp, redirectUrl, transactionReference} on both paths', async () => {
    for (const path of ['/api/authentication/v1/web/initiate', '/api/auth/v1/initiate']) {
      const r = await initiate(await validBody({ locale: 'en-GB', successUrl: `https://example.com/${'s'.repeat(1000)}` }), path);
      expect(r.status).toBe(200);
      expect(Object.keys(r.json).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);
      expect(r.json.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const u = new URL(r.json.redirectUrl);
      expect(u.origin + u.pathname).toBe(`${emu.url}/web/v4/app`);
      expect(u.searchParams.get('locale')).toBe('en-GB');
      expect(u.searchParams.get('authorizationToken')).toBeTruthy();
      expect(r.json.transactionReference).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('401 without or with wrong Basic credentials, and for a Bearer token', async () => {
    const body = await validBody();
    expect((await initiate(body, undefined, {})).status).toBe(401);
    expect((await initiate(body, undefined, { authorization: basic(CLIENT.clientId, 'nope') })).status).toBe(401);
    expect((await initiate(body, undefined, { authorization: 'Bearer abc' })).status).toBe(401);
  });

  const cases: [string, Record<string, unknown>][] = [
    ['enrollmentTransactionReference', { enrollmentTransactionReference: undefined }],
    ['enrollmentTransactionReference', { enrollmentTransactionReference: 'x'.repeat(37) }],
    ['callbackUrl', { callbackUrl: undefined }],
    ['callbackUrl', { callbackUrl: `https://example.com/${'c'.repeat(240)}` }],
    ['callbackUrl', { callbackUrl: 'http://example.com/cb' }],
    ['successUrl', { successUrl: `https://example.com/${'s'.repeat(2030)}` }],
    ['successUrl', { successUrl: 'https://example.com/ok#frag' }],
    ['errorUrl', { errorUrl: `https://example.com/${'e'.repeat(240)}` }],
    ['errorUrl', { errorUrl: 'https://example.com:8443/err' }],
    ['userReference', { userReference: 'u'.repeat(101) }],
    ['locale', { locale: 'ar' }],
    ['tokenLifetimeInMinutes', { tokenLifetimeInMinutes: 4 }],
    ['tokenLifetimeInMinutes', { tokenLifetimeInMinutes: 86401 }],
    ['callbackUrl', { callbackUrl: `${'http://127.0.0.1:9/cb'}?transactionStatus=x` }],
  ];
  cases.forEach(([field, patch], i) => {
    it(`400 naming ${field} (case ${i})`, async () => {
      const r = await initiate({ ...(await validBody()), ...patch });
      expect(r.status).toBe(400);
      expect(r.json.field).toBe(field);
    });
  });

  it('the enrolment must exist (404) and be approved with identity (400)', async () => {
    const unknown = await initiate({ ...(await validBody()), enrollmentTransactionReference: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.field).toBe('enrollmentTransactionReference');
    const v4 = await initiate({ customerInternalReference: 'cir', userReference: 'u', workflowId: 200 }, '/api/v4/initiate');
    const pending = await initiate({ ...(await validBody()), enrollmentTransactionReference: v4.json.transactionReference });
    expect(pending.status).toBe(400);
    expect(pending.json.field).toBe('enrollmentTransactionReference');
    await emu.finishWorkflow({ workflowExecutionId: v4.json.transactionReference }, 'PASSED');
    expect((await initiate({ ...(await validBody()), enrollmentTransactionReference: v4.json.transactionReference })).status).toBe(200);
    const idOnly = await initiate({ customerInternalReference: 'cir', userReference: 'u', workflowId: 100 }, '/api/v4/initiate');
    await emu.finishWorkflow({ workflowExecutionId: idOnly.json.transactionReference }, 'PASSED');
    expect((await initiate({ ...(await validBody()), enrollmentTransactionReference: idOnly.json.transactionReference })).status).toBe(400);
  });

  it('loopback callback URLs are allowed unless strictUrls is set', async () => {
    const strict = await startEmulator({ mode: 'legacy', clients: [CLIENT], strictUrls: true });
    try {
      const { enrollmentReference } = await strict.seedAccount();
      const r = await call(`${strict.url}/api/authentication/v1/web/initiate`, { headers: auth, body: { enrollmentTransactionReference: enrollmentReference, callbackUrl: `${receiver.url}/cb` } });
      expect(r.status).toBe(400);
      expect(r.json.field).toBe('callbackUrl');
      expect(r.json.message).toMatch(/HTTPS/);
    } finally {
      await strict.close();
    }
  });
});

describe('legacy v4 initiate (enrolment)', () => {
  it('validates with the v4 limits and answers the legacy shape', async () => {
    const ok = await initiate({ customerInternalReference: 'c'.repeat(100), userReference: 'u', reportingCriteria: 'r'.repeat(100), workflowId: 201, locale: 'km', presets: [{ index: 1, country: 'AUT', type: 'PASSPORT' }] }, '/api/v4/initiate');
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.json).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);
    const bad: [string, Record<string, unknown>][] = [
      ['customerInternalReference', { userReference: 'u' }],
      ['userReference', { customerInternalReference: 'c' }],
      ['reportingCriteria', { customerInternalReference: 'c', userReference: 'u', reportingCriteria: 'r'.repeat(101) }],
      ['workflowId', { customerInternalReference: 'c', userReference: 'u', workflowId: 300 }],
      ['presets[0]', { customerInternalReference: 'c', userReference: 'u', presets: [{ index: 2, country: 'AUT', type: 'PASSPORT' }] }],
    ];
    for (const [field, body] of bad) {
      const r = await initiate(body, '/api/v4/initiate');
      expect(r.status, field).toBe(400);
      expect(r.json.field).toBe(field);
    }
  });

  it('an enrolment finished PASSED sends the NETVERIFYID form callback and becomes usable', async () => {
    const v4 = await initiate({ customerInternalReference: 'cir-9', userReference: 'user-9', callbackUrl: `${receiver.url}/v4cb` }, '/api/v4/initiate');
    const res = await emu.finishWorkflow({ workflowExecutionId: v4.json.transactionReference }, 'PASSED');
    expect(res.callbackStatus).toBe(200);
    const got = receiver.received[receiver.received.length - 1];
    expect(got.path).toBe('/v4cb');
    expect(got.contentType).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(got.raw));
    expect(form).toMatchObject({ callBackType: 'NETVERIFYID', jumioIdScanReference: v4.json.transactionReference, verificationStatus: 'APPROVED_VERIFIED', merchantIdScanReference: 'cir-9', customerId: 'user-9' });
    expect(JSON.parse(form.identityVerification)).toEqual({ similarity: 'MATCH', validity: 'TRUE' });
  });

  it('a v4 initiate carrying enrollmentTransactionReference starts an authentication', async () => {
    const { enrollmentReference } = await emu.seedAccount();
    const r = await initiate({ customerInternalReference: 'c', userReference: 'u', enrollmentTransactionReference: enrollmentReference }, '/api/v4/initiate');
    expect(r.status).toBe(200);
    expect((await retrieve(r.json.transactionReference)).json.enrollmentTransactionReference).toBe(enrollmentReference);
  });
});

describe('legacy retrieval and callback', () => {
  it('CREATED → STARTED (web client success) → PASSED, with the form callback', async () => {
    const body = await validBody();
    const r = await initiate(body);
    const ref = r.json.transactionReference;
    const created = await retrieve(ref);
    expect(created.status).toBe(200);
    expect(created.json).toEqual({ transactionReference: ref, enrollmentTransactionReference: body.enrollmentTransactionReference, transactionResult: 'CREATED', transactionDate: expect.stringMatching(/Z$/), scanSource: 'WEB', userReference: 'user-1' });
    const token = new URL(r.json.redirectUrl).searchParams.get('authorizationToken');
    expect((await call(`${emu.url}/web/v4/api/report`, { body: { authorizationToken: token, outcome: 'success' } })).status).toBe(204);
    expect((await retrieve(ref)).json.transactionResult).toBe('STARTED');

    const res = await emu.finishWorkflow({ workflowExecutionId: ref }, 'PASSED');
    expect(res).toEqual({ callbackStatus: 200 });
    const got = receiver.received[receiver.received.length - 1];
    expect(got.path).toBe('/netverify/cb');
    expect(got.contentType).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(got.raw));
    expect(form).toMatchObject({
      callBackType: 'NETVERIFY_AUTHENTICATION',
      transactionReference: ref,
      enrollmentTransactionReference: body.enrollmentTransactionReference,
      transactionResult: 'PASSED',
      scanSource: 'WEB',
      userReference: 'user-1',
    });
    expect(form.callbackDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(form.idScanImageFace).toBe(`${emu.url}/api/netverify/v2/authentications/${ref}/images/face`);
    expect(JSON.parse(form.livenessImages)).toHaveLength(2);

    const done = await retrieve(ref);
    expect(done.json.transactionResult).toBe('PASSED');
    expect(done.json.images).toEqual([{ classifier: 'face', href: form.idScanImageFace }]);
    const img = await call(form.idScanImageFace, { headers: auth });
    expect(img.status).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
  });

  it('REJECTED → FAILED, EXPIRED → EXPIRED', async () => {
    for (const [outcome, result] of [['REJECTED', 'FAILED'], ['EXPIRED', 'EXPIRED']] as const) {
      const r = await initiate(await validBody());
      await emu.finishWorkflow({ workflowExecutionId: r.json.transactionReference }, outcome);
      expect((await retrieve(r.json.transactionReference)).json.transactionResult).toBe(result);
      expect(Object.fromEntries(new URLSearchParams(receiver.received[receiver.received.length - 1].raw)).transactionResult).toBe(result);
    }
  });

  it('two authentications for one enrolment within 15 minutes: only the last can finish', async () => {
    const body = await validBody();
    const first = await initiate(body);
    const second = await initiate(body);
    expect(emu.workflowExecutions(body.enrollmentTransactionReference).map((e) => e.id)).toEqual([first.json.transactionReference, second.json.transactionReference]);
    await emu.finishWorkflow({ workflowExecutionId: first.json.transactionReference }, 'PASSED');
    expect((await retrieve(first.json.transactionReference)).json.transactionResult).toBe('EXPIRED');
    await emu.finishWorkflow({ workflowExecutionId: second.json.transactionReference }, 'PASSED');
    expect((await retrieve(second.json.transactionReference)).json.transactionResult).toBe('PASSED');
  });

  it('404 for an unknown reference or a v4 reference; 401 without credentials', async () => {
    expect((await retrieve('nope')).status).toBe(404);
    const { enrollmentReference } = await emu.seedAccount();
    expect((await retrieve(enrollmentReference)).status).toBe(404);
    expect((await retrieve('nope', {})).status).toBe(401);
  });

  it('KYX routes do not exist in legacy mode', async () => {
    expect((await call(`${emu.url}/oauth2/token`, { form: { grant_type: 'client_credentials' } })).status).toBe(404);
  });

  it('seedAccount accepts a chosen enrollment reference, once', async () => {
    const seeded = await emu.seedAccount({ enrollmentReference: 'ENROLL-REF-0001' });
    expect(seeded).toEqual({ accountId: '', idCredentialId: '', facemapCredentialId: '', enrollmentReference: 'ENROLL-REF-0001' });
    expect((await initiate({ enrollmentTransactionReference: 'ENROLL-REF-0001', callbackUrl: `${receiver.url}/cb` })).status).toBe(200);
    await expect(emu.seedAccount({ enrollmentReference: 'ENROLL-REF-0001' })).rejects.toThrow(/already exists/);
  });
});
