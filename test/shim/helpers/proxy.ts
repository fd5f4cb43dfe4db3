// Start the shim proxy against an emulator, with a config built the way an operator writes one.
import { createServer as createNetServer } from 'node:net';
import { hashSecret } from '../../../shim/caller-auth.js';
import { parseShimConfig, type ShimConfigFile } from '../../../shim/config.js';
import { createLogger } from '../../../shim/logger.js';
import { startShimProxy, type ShimProxy, type ShimProxyOptions } from '../../../shim/proxy/server.js';
import type { Store } from '../../../shim/store/types.js';
import { CLIENT } from './env.js';

export const CALLER = { apiToken: 'legacy-api-token-7f3a', apiSecret: 'legacy-api-secret-Qm9wLx2' };
export const BASIC = `Basic ${Buffer.from(`${CALLER.apiToken}:${CALLER.apiSecret}`).toString('base64')}`;
/** Hashed once per test process (scrypt is deliberately slow). */
export const CALLER_HASH = hashSecret(CALLER.apiSecret, 'scrypt');

export async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export function testConfigFile(emulatorUrl: string, extra: Partial<ShimConfigFile> = {}): ShimConfigFile {
  return {
    region: 'amer-1',
    kyxOrigin: emulatorUrl,
    userAgent: 'Acme Shim/1.0',
    clients: { main: { clientId: CLIENT.clientId, clientSecretEnv: 'SHIM_TEST_CLIENT_SECRET' } },
    callers: [{ name: 'backend', apiToken: CALLER.apiToken, secretHash: CALLER_HASH, client: 'main' }],
    ...extra,
  };
}

export interface ProxyHarness {
  proxy: ShimProxy;
  logs: string[];
}

export async function startProxy(store: Store, emulatorUrl: string, extra: Partial<ShimConfigFile> = {},
  opts: Partial<ShimProxyOptions> = {}): Promise<ProxyHarness> {
  const logs: string[] = [];
  const config = parseShimConfig(testConfigFile(emulatorUrl, extra), { SHIM_TEST_CLIENT_SECRET: CLIENT.clientSecret });
  const proxy = await startShimProxy({ config, store, logger: createLogger({ sink: (l) => logs.push(l), level: 'debug' }), ...opts });
  return { proxy, logs };
}
