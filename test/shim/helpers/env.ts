// Shared test set-up: a KYX emulator on loopback, a fresh SQLite store, and an adapter pointed at the emulator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator, type EmulatorOptions, type SeedResult } from '../../../emulator/index.js';
import { createLegacyAdapter, type LegacyAdapter, type LegacyAdapterOptions } from '../../../shim/adapter.js';
import { singleOriginEndpoints } from '../../../shim/kyx-client.js';
import { openStore } from '../../../shim/store/open.js';
import type { Store } from '../../../shim/store/types.js';

export const CLIENT = { clientId: 'shim-test-client', clientSecret: 'oauth-secret-Zq81xv' };

export interface Env {
  emulator: Emulator;
  store: Store;
  adapter: LegacyAdapter;
  dir: string;
  seed(): Promise<SeedResult>;
  close(): Promise<void>;
}

export async function startEnv(opts: { emulator?: EmulatorOptions; adapter?: Partial<LegacyAdapterOptions> } = {}): Promise<Env> {
  const emulator = await startEmulator({ port: 0, mode: 'kyx', clients: [CLIENT], ...opts.emulator });
  const dir = mkdtempSync(join(tmpdir(), 'shim-test-'));
  const store = await openStore(`sqlite:${join(dir, 'shim.db')}`);
  const adapter = createLegacyAdapter({
    store,
    client: CLIENT,
    endpoints: singleOriginEndpoints(emulator.url),
    userAgent: 'Acme Test/1.0',
    ...opts.adapter,
  });
  return {
    emulator,
    store,
    adapter,
    dir,
    async seed() {
      const s = await emulator.seedAccount();
      await store.putEnrollment({ enrollmentReference: s.enrollmentReference, accountId: s.accountId, credentialId: s.idCredentialId, region: 'amer-1' });
      return s;
    },
    async close() {
      await adapter.close();
      await store.close();
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid legacy Authentication initiate body for an enrollment. */
export function legacyAuthBody(enrollmentReference: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    enrollmentTransactionReference: enrollmentReference,
    callbackUrl: 'https://merchant.example/jumio/callback',
    successUrl: 'https://merchant.example/auth/success',
    errorUrl: 'https://merchant.example/auth/error',
    userReference: 'user-4711',
    locale: 'en-GB',
    tokenLifetimeInMinutes: 60,
    ...extra,
  };
}
