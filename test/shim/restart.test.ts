// A restart of the proxy keeps its mappings: SQLite file, and PostgreSQL.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../shim/store/open.js';
import { PostgresStore } from '../../shim/store/postgres.js';
import type { Store } from '../../shim/store/types.js';
import { BASIC, startProxy } from './helpers/proxy.js';
import { plainRequest } from './helpers/http.js';
import { legacyAuthBody, startEnv, type Env } from './helpers/env.js';
import { PG_BASE } from './helpers/pg.js';

const post = (body: unknown) => ({ method: 'POST', headers: { authorization: BASIC, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function scenario(env: Env, storeSpec: string): Promise<void> {
  const seed = await env.emulator.seedAccount();
  let store: Store = await openStore(storeSpec);
  await store.putEnrollment({ enrollmentReference: seed.enrollmentReference, accountId: seed.accountId, credentialId: seed.idCredentialId, region: 'amer-1' });
  let h = await startProxy(store, env.emulator.url);
  const body = legacyAuthBody(seed.enrollmentReference);
  const first = await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, post(body));
  expect(first.status).toBe(200);
  const ref = (first.json() as { transactionReference: string }).transactionReference;
  await h.proxy.close(1000);
  await store.close();

  // New process, same storage.
  store = await openStore(storeSpec);
  h = await startProxy(store, env.emulator.url);
  try {
    expect((await plainRequest(`${h.proxy.url}/healthz`)).json()).toEqual({ status: 'ok', store: store.kind });
    const retrieval = await plainRequest(`${h.proxy.url}/api/netverify/v2/authentications/${ref}`, { headers: { authorization: BASIC } });
    expect(retrieval.status).toBe(200);
    expect(retrieval.json()).toMatchObject({ transactionReference: ref, enrollmentTransactionReference: seed.enrollmentReference });
    // The caller's retry of the first request after the restart: still answered from the store.
    const replay = await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, post(body));
    expect(replay.json()).toEqual(first.json());
    const next = await plainRequest(`${h.proxy.url}/api/authentication/v1/web/initiate`, post({ ...body, userReference: 'after-restart' }));
    expect(next.status).toBe(200);
    expect(env.emulator.workflowExecutions(seed.accountId).filter((e) => e.definitionKey === 9)).toHaveLength(2);
  } finally {
    await h.proxy.close(1000);
    await store.close();
  }
}

describe('proxy restart keeps mappings', () => {
  let env: Env;
  afterEach(async () => env.close());

  it('SQLite file', async () => {
    env = await startEnv();
    await scenario(env, `sqlite:${join(env.dir, 'restart.db')}`);
  });

  it('PostgreSQL', async () => {
    env = await startEnv();
    const url = `${PG_BASE}?schema=shim_restart_${randomBytes(6).toString('hex')}`;
    try {
      await scenario(env, url);
    } finally {
      const s = new PostgresStore(url);
      await s.dropSchema();
      await s.close();
    }
  });
});
