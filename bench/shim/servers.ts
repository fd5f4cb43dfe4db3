// Child process of the shim benchmark: runs the shim proxy (SQLite store) and the bare pass-through proxy against
// the emulator given on argv, prints their URLs as one JSON line, and exits on SIGTERM. Kept apart from the
// load generator so autocannon does not share an event loop with what it measures. The shim logs as in
// production (`shim serve --log-file`: batched lines): level BENCH_SHIM_LOG_LEVEL (default info), JSON lines appended to a file.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSecret } from '../../shim/caller-auth.js';
import { parseShimConfig } from '../../shim/config.js';
import { batchedSink, createLogger, type LogLevel } from '../../shim/logger.js';
import { startShimProxy } from '../../shim/proxy/server.js';
import { openStore } from '../../shim/store/open.js';
import { BENCH_CALLER, BENCH_CLIENT } from './fixtures.js';
import { startPassThrough } from './passthrough.js';

async function main(): Promise<void> {
  const [emulatorUrl, enrollmentReference, accountId, credentialId] = process.argv.slice(2);
  const level = (process.env.BENCH_SHIM_LOG_LEVEL ?? 'info') as LogLevel;
  const dir = mkdtempSync(join(tmpdir(), 'shim-bench-'));
  const store = await openStore(`sqlite:${join(dir, 'bench.db')}`);
  await store.putEnrollment({ enrollmentReference, accountId, credentialId, region: 'amer-1' });
  const config = parseShimConfig({
    kyxOrigin: emulatorUrl,
    userAgent: 'netverify-migrate bench/1.0',
    clients: { main: { clientId: BENCH_CLIENT.clientId, clientSecret: BENCH_CLIENT.clientSecret } },
    callers: [{ name: 'bench', apiToken: BENCH_CALLER.apiToken, secretHash: hashSecret(BENCH_CALLER.apiSecret, 'sha256'), client: 'main' }],
    logLevel: level,
  });
  const file = createWriteStream(join(dir, 'shim.log'), { flags: 'a' });
  const sink = batchedSink((text) => file.write(text));
  const logger = createLogger({ level, sink });
  const shim = await startShimProxy({ config, store, logger });
  const pass = await startPassThrough(emulatorUrl);
  process.stdout.write(`${JSON.stringify({ shim: shim.url, passThrough: pass.url })}\n`);
  process.on('SIGTERM', () => {
    const group = (store as { group?: { stats: { batches: number; operations: number; largest: number } } }).group?.stats;
    if (group) process.stderr.write(`shim store group commit: ${group.operations} writes in ${group.batches} commits (largest ${group.largest})\n`);
    void Promise.all([shim.close(1000), pass.close()])
      .then(() => store.close())
      .then(() => new Promise<void>((r) => (sink.flush(), file.end(r))))
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}

await main();
