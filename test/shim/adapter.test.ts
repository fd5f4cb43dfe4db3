import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LegacyApiError } from '../../shim/errors.js';
import { legacyAuthBody, startEnv, type Env } from './helpers/env.js';

const UUID = /^[0-9a-f-]{36}$/;

describe('createLegacyAdapter against the KYX emulator', () => {
  let env: Env;
  beforeEach(async () => {
    env = await startEnv();
  });
  afterEach(async () => env.close());

  it('initiates an authentication: legacy shape out, token + PUT with the mapped body upstream', async () => {
    const seed = await env.seed();
    const res = await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference));
    expect(Object.keys(res).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);
    expect(res.transactionReference).toMatch(UUID);
    expect(res.redirectUrl).toContain('authorizationToken=');
    const journal = env.emulator.journal();
    expect(journal.filter((j) => j.route === 'token')).toHaveLength(1);
    const put = journal.find((j) => j.route === 'updateAccount');
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/api/v1/accounts/${seed.accountId}`);
    expect(put?.headers['user-agent']).toBe('Acme Test/1.0');
    expect(put?.body).toEqual({
      customerInternalReference: 'user-4711',
      workflowDefinition: { key: 9, credentials: [{ id: seed.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      callbackUrl: 'https://merchant.example/jumio/callback',
      web: { successUrl: 'https://merchant.example/auth/success', errorUrl: 'https://merchant.example/auth/error', locale: 'en-GB' },
      userReference: 'user-4711',
      tokenLifetime: '1h',
    });
    const rec = await env.store.getAuthentication(res.transactionReference);
    expect(rec).toMatchObject({ accountId: seed.accountId, enrollmentReference: seed.enrollmentReference, callbackUrl: 'https://merchant.example/jumio/callback' });
  });

  it('uses the enrollment reference as customerInternalReference without userReference', async () => {
    const seed = await env.seed();
    const body = legacyAuthBody(seed.enrollmentReference);
    delete body.userReference;
    await env.adapter.initiateAuthentication(body);
    const put = env.emulator.journal().find((j) => j.route === 'updateAccount');
    expect((put?.body as Record<string, unknown>).customerInternalReference).toBe(seed.enrollmentReference);
  });

  it('rejects successUrl > 255 by name before any upstream call', async () => {
    const seed = await env.seed();
    env.emulator.clearJournal();
    const long = `https://merchant.example/${'a'.repeat(260)}`;
    const err = await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { successUrl: long })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LegacyApiError);
    expect((err as LegacyApiError).status).toBe(400);
    expect((err as LegacyApiError).field).toBe('successUrl');
    expect((err as LegacyApiError).message).toMatch(/successUrl/);
    expect(env.emulator.journal()).toHaveLength(0);
  });

  it('applies legacy limits first (locale, tokenLifetimeInMinutes, missing callbackUrl)', async () => {
    const seed = await env.seed();
    for (const [extra, field] of [
      [{ locale: 'xx-YY' }, 'locale'],
      [{ tokenLifetimeInMinutes: 3 }, 'tokenLifetimeInMinutes'],
      [{ callbackUrl: undefined }, 'callbackUrl'],
      [{ userReference: 'u'.repeat(101) }, 'userReference'],
    ] as const) {
      const err = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, extra)).catch((e: unknown) => e)) as LegacyApiError;
      expect([err.status, err.field]).toEqual([400, field]);
    }
  });

  it('answers 404 for an unknown enrollment reference before any upstream call', async () => {
    const err = (await env.adapter.initiateAuthentication(legacyAuthBody('9a1b2c3d-0000-4000-8000-000000000000')).catch((e: unknown) => e)) as LegacyApiError;
    expect([err.status, err.field]).toEqual([404, 'enrollmentTransactionReference']);
    expect(env.emulator.journal()).toHaveLength(0);
  });

  it('can send workflow key 10014 without credentials', async () => {
    await env.close();
    env = await (await import('./helpers/env.js')).startEnv({ adapter: { workflow: { key: 10014, credentials: 'none' } } });
    const seed = await env.seed();
    await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference)).catch(() => undefined);
    const put = env.emulator.journal().find((j) => j.route === 'updateAccount');
    expect((put?.body as Record<string, unknown>).workflowDefinition).toEqual({ key: 10014 });
  });

  it('enrols through v4 initiate (workflow 3, or 2 for 1xx) and records the mapping', async () => {
    const res = await env.adapter.initiateEnrollment({ customerInternalReference: 'cir-1', userReference: 'user-1', workflowId: 201, successUrl: 'https://merchant.example/ok' });
    expect(res.transactionReference).toMatch(UUID);
    const post = env.emulator.journal().find((j) => j.route === 'createAccount');
    expect(post?.body).toMatchObject({ customerInternalReference: 'cir-1', workflowDefinition: { key: 3 }, web: { successUrl: 'https://merchant.example/ok' } });
    const enrollment = await env.store.getEnrollment(res.transactionReference);
    expect(enrollment?.accountId).toMatch(UUID);
    expect(enrollment?.credentialId).toMatch(UUID);
    await env.adapter.initiateEnrollment({ customerInternalReference: 'cir-2', userReference: 'user-2', workflowId: 101 });
    const posts = env.emulator.journal().filter((j) => j.route === 'createAccount');
    expect((posts[1].body as { workflowDefinition: { key: number } }).workflowDefinition.key).toBe(2);
  });

  it('enrols, finishes the enrolment, then authenticates against it and retrieves the result', async () => {
    const enr = await env.adapter.initiateEnrollment({ customerInternalReference: 'cir-3', userReference: 'user-3', workflowId: 200 });
    const enrollment = await env.store.getEnrollment(enr.transactionReference);
    await env.emulator.finishWorkflow({ accountId: enrollment!.accountId, workflowExecutionId: enr.transactionReference }, 'PASSED');
    const auth = await env.adapter.initiateAuthentication(legacyAuthBody(enr.transactionReference));
    const before = await env.adapter.retrieveAuthentication(auth.transactionReference);
    expect(before).toMatchObject({ transactionReference: auth.transactionReference, enrollmentTransactionReference: enr.transactionReference, transactionResult: 'CREATED' });
    await env.emulator.finishWorkflow({ accountId: enrollment!.accountId, workflowExecutionId: auth.transactionReference }, 'REJECTED');
    const after = await env.adapter.retrieveAuthentication(auth.transactionReference);
    expect(after.transactionResult).toBe('FAILED');
  });

  it('maps a KYX 400 to a legacy 400 naming the field', async () => {
    const seed = await env.seed();
    // A credential id that is not on the account: KYX rejects workflowDefinition.credentials[0].id.
    await env.store.putEnrollment({ enrollmentReference: 'bad-cred', accountId: seed.accountId, credentialId: '00000000-0000-4000-8000-000000000000', region: 'amer-1' });
    const err = (await env.adapter.initiateAuthentication(legacyAuthBody('bad-cred')).catch((e: unknown) => e)) as LegacyApiError;
    expect(err.status).toBe(400);
    expect(err.field).toBe('workflowDefinition.credentials[0].id');
  });

  it("keeps KYX's reason when the field it names has no legacy counterpart (an enrolment never completed)", async () => {
    const enr = await env.adapter.initiateEnrollment({ customerInternalReference: 'cir-4', userReference: 'user-4', workflowId: 200 });
    const err = (await env.adapter.initiateAuthentication(legacyAuthBody(enr.transactionReference)).catch((e: unknown) => e)) as LegacyApiError;
    expect([err.status, err.field]).toEqual([400, 'workflowDefinition.key']);
    expect(err.message).toMatch(/no legacy counterpart\): workflow 9 needs a facemap on file from a completed workflow 3 or 6/);
  });

  it('maps KYX 401/403 to 403, 5xx to 502 and unknown accounts to 404', async () => {
    const seed = await env.seed();
    await env.store.putEnrollment({ enrollmentReference: 'gone', accountId: '11111111-1111-4111-8111-111111111111', credentialId: null, region: 'amer-1' });
    const gone = (await env.adapter.initiateAuthentication(legacyAuthBody('gone')).catch((e: unknown) => e)) as LegacyApiError;
    expect([gone.status, gone.field]).toEqual([404, 'enrollmentTransactionReference']);
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 403, times: 1 });
    const forbidden = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference)).catch((e: unknown) => e)) as LegacyApiError;
    expect(forbidden.status).toBe(403);
    env.emulator.injectFault({ route: 'updateAccount', kind: 'status', status: 500, times: 1 });
    const broken = (await env.adapter.initiateAuthentication(legacyAuthBody(seed.enrollmentReference, { userReference: 'other' })).catch((e: unknown) => e)) as LegacyApiError;
    expect(broken.status).toBe(502);
  });
});
