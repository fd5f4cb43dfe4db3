// The copy-paste examples of README.md (shim section), executed (the proxy example runs in cli.test.ts).
import { join } from 'node:path';
import { getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { singleOriginEndpoints } from '../../shim/kyx-client.js';
import type { LegacyAdapter } from '../../shim/adapter.js';
import { createShimAdapter, startAuthentication } from './examples/adapter-in-process.js';
import { installShim, legacyInitiate } from './examples/interceptor-global-fetch.js';
import { CLIENT, startEnv, type Env } from './helpers/env.js';

describe('README.md shim examples', () => {
  let env: Env;
  let adapter: LegacyAdapter;
  const saved = { ...process.env };
  beforeEach(async () => {
    env = await startEnv();
    Object.assign(process.env, { SHIM_STORE: `sqlite:${join(env.dir, 'example.db')}`, KYX_CLIENT_ID: CLIENT.clientId, KYX_CLIENT_SECRET: CLIENT.clientSecret });
    adapter = await createShimAdapter(singleOriginEndpoints(env.emulator.url));
  });
  afterEach(async () => {
    process.env = { ...saved };
    await adapter.close();
    await adapter.options.store.close();
    await env.close();
  });

  async function seedInto(a: LegacyAdapter) {
    const seed = await env.emulator.seedAccount();
    await a.options.store.putEnrollment({ enrollmentReference: seed.enrollmentReference, accountId: seed.accountId, credentialId: seed.idCredentialId, region: 'emea-1' });
    return seed;
  }

  it('drop-in #1: the in-process adapter', async () => {
    const seed = await seedInto(adapter);
    const { redirectUrl, transactionReference } = await startAuthentication(adapter, seed.enrollmentReference, 'user-1');
    expect(redirectUrl).toContain('authorizationToken=');
    expect(env.emulator.workflowExecutions(seed.accountId).map((e) => e.id)).toContain(transactionReference);
    const put = env.emulator.journal().find((j) => j.route === 'updateAccount');
    expect(put?.headers['user-agent']).toBe('Acme Onboarding/3.1');
  });

  it('drop-in #2: the interceptor under unchanged legacy fetch code', async () => {
    const seed = await seedInto(adapter);
    const previous = getGlobalDispatcher();
    installShim(adapter);
    try {
      const res = await legacyInitiate('legacy-token', 'legacy-secret', seed.enrollmentReference);
      expect(Object.keys(res).sort()).toEqual(['redirectUrl', 'timestamp', 'transactionReference']);
    } finally {
      setGlobalDispatcher(previous);
    }
  });
});
